// Mentor matching in jshell.
//   ./mvnw -q -pl examples -am dependency:build-classpath -Dmdep.outputFile=cp.txt   (once)
//   jshell --class-path "$(cat examples/cp.txt):alumni-matching/target/classes:alumni-core/target/classes" \
//          examples/notebooks/mentor-matching.jsh
import org.alumnisdk.matching.*;
import org.alumnisdk.matching.mentor.*;
import org.alumnisdk.matching.assignment.*;
import org.alumnisdk.matching.stable.*;

// 1. A programme from plain lists
var p = Matching.mentorProblem("acme")
    .mentor("m1", 2).mentor("m2", 1)
    .mentee("e1").mentee("e2").mentee("e3")
    .score("e1", "m1", 0.9).score("e2", "m1", 0.4).score("e2", "m2", 0.8).score("e3", "m1", 0.7)
    .forbid("e3", "m2", ForbiddenReason.CONFLICT_OF_INTEREST)
    .build();

// 2. Stable (mentee-optimal) and optimal; results are records
var stable = Matching.mentoring().stable(p);
var best = Matching.mentoring().optimal(p);
stable.asMap();
best.matches();
best.unmatched();
best.verify();

// 3. Messy data: strict mode lists every problem, repair mode reports what it changed
try {
  Matching.mentorProblem("acme").mentor("m1", 0).mentee("e1").mentee("e1").score("e1", "m1", Double.NaN).build();
} catch (InvalidMatchingInputException e) {
  e.problems().forEach(System.out::println);
}
Matching.mentorProblem("acme").mentor("m1", 1).mentor("m2", 0).mentee("e1").mentee("e1")
    .score("e1", "m1", Double.NaN).buildRepaired().repairs();

// 4. The same from CSV
var csv = """
    mentor,m1,2
    mentor,m2,1
    mentee,e1
    mentee,e2
    score,e1,m1,0.9
    score,e2,m2,0.8
    prefers,m1,e2 e1
    """;
Matching.mentoring().stable(MentorProblem.fromCsv(org.alumnisdk.core.TenantId.of("acme"), new java.io.StringReader(csv)).build()).asMap();

// 5. Optimal assignment on a matrix, with its dual certificate
var o = Matching.assign(new double[][] {{90, 76, 75, 70}, {35, 85, 55, 65}, {125, 95, 90, 105}, {45, 110, 95, 115}},
    Objective.MINIMISE).orElseThrow();
o.total();
java.util.Arrays.toString(o.rowToColumn());

// 6. Peer pairing (stable roommates); may have no stable matching
NamedRoommates.solve(java.util.Map.of("a", java.util.List.of("b", "c"), "b", java.util.List.of("a"), "c", java.util.List.of("a"))).explanation();
/exit
