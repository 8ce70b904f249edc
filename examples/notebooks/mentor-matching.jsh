// Mentor matching in jshell. From the repository root, after a build:
//   jshell --class-path alumni-matching/target/classes:alumni-core/target/classes examples/notebooks/mentor-matching.jsh
// (or the jars of org.alumnisdk:alumni-matching and alumni-core). Chained calls end lines with a dot,
// because jshell runs a line as soon as it is a complete statement.
import org.alumnisdk.matching.*;
import org.alumnisdk.matching.mentor.*;
import org.alumnisdk.matching.assignment.*;
import org.alumnisdk.matching.stable.*;

// 1. A programme from plain lists
var p = Matching.mentorProblem("acme").
    mentor("m1", 2).mentor("m2", 1).
    mentee("e1").mentee("e2").mentee("e3").
    score("e1", "m1", 0.9).score("e2", "m1", 0.4).score("e2", "m2", 0.8).score("e3", "m1", 0.7).
    forbid("e3", "m2", ForbiddenReason.CONFLICT_OF_INTEREST).
    build();

// 2. Stable (mentee-optimal) and optimal; results are records. Matching processes personal data,
//    so a matcher needs a purpose gate (withConsent(consent.gate(), clock)) or a named waiver;
//    these ids are made up, so the waiver is recorded in every result's consentCheck().
var synthetic = Matching.mentoring().withoutConsentCheck("synthetic notebook data");
var stable = synthetic.stable(p);
var best = synthetic.optimal(p);
System.out.println("consent: " + best.consentCheck());
System.out.println("stable:  " + stable.asMap());
System.out.println("optimal: " + best.matches());
System.out.println("unmatched: " + best.unmatched());
System.out.println("verified: " + best.verify());

// 3. Messy data: strict mode lists every problem, repair mode reports what it changed
try {
  Matching.mentorProblem("acme").mentor("m1", 0).mentee("e1").mentee("e1").score("e1", "m1", Double.NaN).build();
} catch (InvalidMatchingInputException e) {
  e.problems().forEach(System.out::println);
}
Matching.mentorProblem("acme").mentor("m1", 1).mentor("m2", 0).mentee("e1").mentee("e1").
    score("e1", "m1", Double.NaN).buildRepaired().repairs().forEach(System.out::println);

// 4. The same from CSV
var csv = "mentor,m1,2\nmentor,m2,1\nmentee,e1\nmentee,e2\nscore,e1,m1,0.9\nscore,e2,m2,0.8\nprefers,m1,e2 e1\n";
var fromCsv = MentorProblem.fromCsv(org.alumnisdk.core.TenantId.of("acme"), new java.io.StringReader(csv)).build();
System.out.println("from CSV: " + synthetic.stable(fromCsv).asMap());

// 5. Optimal assignment on a matrix, with its dual certificate
var o = Matching.assign(new double[][] {{90, 76, 75, 70}, {35, 85, 55, 65}, {125, 95, 90, 105}, {45, 110, 95, 115}}, Objective.MINIMISE).orElseThrow();
System.out.println("4x4 optimum " + o.total() + " " + java.util.Arrays.toString(o.rowToColumn()));

// 6. Peer pairing (stable roommates); may have no stable matching
var prefs = new java.util.LinkedHashMap<String, java.util.List<String>>();
prefs.put("1", java.util.List.of("2", "3", "4"));
prefs.put("2", java.util.List.of("3", "1", "4"));
prefs.put("3", java.util.List.of("1", "2", "4"));
prefs.put("4", java.util.List.of("1", "2", "3"));
System.out.println(NamedRoommates.solve(prefs).explanation());
/exit
