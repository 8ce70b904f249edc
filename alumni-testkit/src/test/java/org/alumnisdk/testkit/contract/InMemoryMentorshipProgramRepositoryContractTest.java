package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.inmemory.InMemoryMentorshipProgramRepository;
import org.alumnisdk.core.spi.MentorshipProgramRepository;

class InMemoryMentorshipProgramRepositoryContractTest extends MentorshipProgramRepositoryContract {
  @Override
  protected MentorshipProgramRepository create() {
    return new InMemoryMentorshipProgramRepository();
  }
}
