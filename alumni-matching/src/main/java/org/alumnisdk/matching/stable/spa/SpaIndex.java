package org.alumnisdk.matching.stable.spa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The int form of a checked {@link SpaInstance}: students, projects and supervisors by index, each
 * student's full list with the supervisor's rank of the student per entry. Built in O(total list
 * length); not API.
 */
final class SpaIndex {
  final int ns;
  final int np;
  final int nl;
  final int[] projectCapacity;
  final int[] projectSupervisor;
  final int[] supervisorCapacity;
  /** Each student's list of projects, in the student's order, as given (acceptable or not). */
  final int[][] studentList;
  /** Aligned with {@link #studentList}: the supervisor's rank of the student, or -1 if unranked. */
  final int[][] studentKey;
  /** Each supervisor's list of students, in order. */
  final int[][] supervisorList;
  final Map<String, Integer> studentIndex;
  final Map<String, Integer> projectIndex;
  private final Map<Long, Integer> supervisorRank;

  private SpaIndex(SpaInstance in) {
    List<SpaInstance.Student> students = in.students();
    List<SpaInstance.Project> projects = in.projects();
    List<SpaInstance.Supervisor> supervisors = in.supervisors();
    ns = students.size();
    np = projects.size();
    nl = supervisors.size();
    studentIndex = index(students.stream().map(SpaInstance.Student::id).toList());
    projectIndex = index(projects.stream().map(SpaInstance.Project::id).toList());
    Map<String, Integer> supervisorIndex = index(supervisors.stream().map(SpaInstance.Supervisor::id).toList());
    projectCapacity = new int[np];
    projectSupervisor = new int[np];
    for (int p = 0; p < np; p++) {
      projectCapacity[p] = projects.get(p).capacity();
      projectSupervisor[p] = supervisorIndex.get(projects.get(p).supervisor());
    }
    supervisorCapacity = new int[nl];
    supervisorList = new int[nl][];
    supervisorRank = new HashMap<>();
    for (int l = 0; l < nl; l++) {
      supervisorCapacity[l] = supervisors.get(l).capacity();
      List<String> prefs = supervisors.get(l).preferences();
      supervisorList[l] = new int[prefs.size()];
      for (int r = 0; r < prefs.size(); r++) {
        int s = studentIndex.get(prefs.get(r));
        supervisorList[l][r] = s;
        supervisorRank.put(key(l, s), r);
      }
    }
    studentList = new int[ns][];
    studentKey = new int[ns][];
    for (int s = 0; s < ns; s++) {
      List<String> prefs = students.get(s).preferences();
      studentList[s] = new int[prefs.size()];
      studentKey[s] = new int[prefs.size()];
      for (int k = 0; k < prefs.size(); k++) {
        int p = projectIndex.get(prefs.get(k));
        studentList[s][k] = p;
        studentKey[s][k] = supervisorRank(projectSupervisor[p], s);
      }
    }
  }

  static SpaIndex of(SpaInstance in) {
    return new SpaIndex(in);
  }

  private static long key(int l, int s) {
    return ((long) l << 32) | s;
  }

  private static Map<String, Integer> index(List<String> ids) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      m.putIfAbsent(ids.get(i), i);
    }
    return m;
  }

  /** The supervisor's rank of the student (0 = best), or -1 when the supervisor does not rank them. */
  int supervisorRank(int l, int s) {
    Integer r = supervisorRank.get(key(l, s));
    return r == null ? -1 : r;
  }

  /** The position of the project in the student's list, or the list length when it is not listed. */
  int studentPosition(int s, int p) {
    int[] list = studentList[s];
    for (int k = 0; k < list.length; k++) {
      if (list[k] == p) {
        return k;
      }
    }
    return list.length;
  }
}
