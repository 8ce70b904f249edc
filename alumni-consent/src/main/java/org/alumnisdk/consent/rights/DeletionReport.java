package org.alumnisdk.consent.rights;

import java.util.List;
import org.alumnisdk.core.AlumnusId;

/**
 * What a deletion did: the profile and activity deleted through the core ports, expired statutory
 * records purged, and the statutory records kept because their retention has not ended.
 *
 * @param alumnus the person
 * @param profileDeleted whether a profile was found and deleted
 * @param activitiesDeleted how many activity entries were deleted
 * @param expiredRecordsPurged how many of the tenant's expired statutory records were purged
 * @param retainedRecords the records about the person that the law requires to keep
 * @since 0.1.0
 */
public record DeletionReport(AlumnusId alumnus, boolean profileDeleted, int activitiesDeleted,
    int expiredRecordsPurged, List<RecordView> retainedRecords) {
  /**
   * Copies the list.
   *
   * @param alumnus the person
   * @param profileDeleted whether a profile was found and deleted
   * @param activitiesDeleted how many activity entries were deleted
   * @param expiredRecordsPurged how many of the tenant's expired statutory records were purged
   * @param retainedRecords the records about the person that the law requires to keep
   */
  public DeletionReport {
    retainedRecords = List.copyOf(retainedRecords);
  }
}
