package org.alumnisdk.core.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.GroupId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Location;

/**
 * A group or chapter and its members.
 *
 * @param id the group id
 * @param tenant the owning tenant
 * @param name the name
 * @param kind chapter, interest group or cohort
 * @param region the chapter's region, or unknown
 * @param members the current members, each once, in joining order
 * @param version the optimistic version: 0 before the first save
 * @since 0.1.0
 */
public record Group(
    GroupId id,
    TenantId tenant,
    @NotBlank @Size(max = 100) String name,
    GroupKind kind,
    Location region,
    List<Member> members,
    long version) implements Aggregate<GroupId, Group> {

  /** A member's role. */
  public enum Role {
    /** A member. */
    MEMBER,
    /** An organiser (chapter lead). */
    ORGANIZER
  }

  /**
   * One membership.
   *
   * @param alumnus the member
   * @param role the role
   * @param joinedAt when the member joined
   */
  public record Member(AlumnusId alumnus, Role role, Instant joinedAt) {
    /**
     * Validates the membership.
     *
     * @param alumnus the member
     * @param role the role
     * @param joinedAt when the member joined
     * @throws InvalidValueException if a field is missing
     */
    public Member {
      Checks.notNull(alumnus, "members.alumnus");
      Checks.notNull(role, "members.role");
      Checks.notNull(joinedAt, "members.joinedAt");
    }
  }

  /**
   * Validates the group.
   *
   * @param id the group id
   * @param tenant the owning tenant
   * @param name the name
   * @param kind chapter, interest group or cohort
   * @param region the chapter's region, or unknown
   * @param members the current members, each once, in joining order
   * @param version the optimistic version: 0 before the first save
   * @throws InvalidValueException naming the first malformed field
   */
  public Group {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    name = Checks.notBlank(name, "name");
    Checks.notNull(kind, "kind");
    region = region == null ? Location.unknown() : region;
    members = Checks.copyOf(members, "members");
    Set<AlumnusId> seen = new HashSet<>();
    for (Member m : members) {
      if (!seen.add(m.alumnus())) {
        throw new InvalidValueException("members", "lists " + m.alumnus() + " twice");
      }
    }
    Checks.notNegative(version, "version");
  }

  /**
   * Creates an unsaved group without members.
   *
   * @param id the id
   * @param tenant the tenant
   * @param name the name
   * @param kind the kind
   * @param region the region, or unknown
   * @return the group
   */
  public static Group create(GroupId id, TenantId tenant, String name, GroupKind kind, Location region) {
    return new Group(id, tenant, name, kind, region, List.of(), 0);
  }

  /**
   * The membership of an alumnus.
   *
   * @param alumnus the alumnus
   * @return the membership, or empty
   */
  public Optional<Member> member(AlumnusId alumnus) {
    return members.stream().filter(m -> m.alumnus().equals(alumnus)).findFirst();
  }

  /**
   * Adds a member; joining twice changes nothing.
   *
   * @param alumnus the alumnus
   * @param role the role
   * @param at when
   * @return the updated copy
   */
  public Group join(AlumnusId alumnus, Role role, Instant at) {
    if (member(alumnus).isPresent()) {
      return this;
    }
    List<Member> next = new ArrayList<>(members);
    next.add(new Member(alumnus, role, at));
    return new Group(id, tenant, name, kind, region, next, version);
  }

  /**
   * Removes a member.
   *
   * @param alumnus the alumnus
   * @return the updated copy
   * @throws IllegalTransitionException if the alumnus is not a member
   */
  public Group leave(AlumnusId alumnus) {
    if (member(alumnus).isEmpty()) {
      throw new IllegalTransitionException("membership of " + alumnus + " in group " + id, "NONE", "LEFT");
    }
    List<Member> next = new ArrayList<>(members);
    next.removeIf(m -> m.alumnus().equals(alumnus));
    return new Group(id, tenant, name, kind, region, next, version);
  }

  @Override
  public Group withVersion(long newVersion) {
    return new Group(id, tenant, name, kind, region, members, newVersion);
  }
}
