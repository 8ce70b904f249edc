package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.inmemory.InMemoryMentorshipRepository;
import org.alumnisdk.core.spi.MentorshipRepository;

class InMemoryMentorshipRepositoryContractTest extends MentorshipRepositoryContract {
  @Override
  protected MentorshipRepository create() {
    return new InMemoryMentorshipRepository();
  }
}
