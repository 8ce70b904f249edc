package org.alumnisdk.consent.rights;

import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.FieldGroup;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;

/** Flattens a profile into disclosable items (section, item, value). Package-private. */
final class ProfileItems {
  private ProfileItems() {}

  /** One disclosable item. */
  record Item(String section, String item, String value) {
    /** Prints the section and item name only: the value is personal data. */
    @Override
    public String toString() {
      return "Item[" + section + "." + item + "]";
    }
  }

  static List<Item> of(Alumnus a) {
    List<Item> out = new ArrayList<>();
    String p = "profile";
    out.add(new Item(p, "id", a.id().value()));
    out.add(new Item(p, "externalId", a.externalId()));
    out.add(new Item(p, "name.family", a.name().family()));
    out.add(new Item(p, "name.given", a.name().given()));
    out.add(new Item(p, "name.familyKana", a.name().familyKana()));
    out.add(new Item(p, "name.givenKana", a.name().givenKana()));
    for (int i = 0; i < a.contacts().size(); i++) {
      ContactPoint c = a.contacts().get(i);
      out.add(new Item(p, "contacts[" + i + "]." + c.kind().name().toLowerCase(java.util.Locale.ROOT), c.value()));
    }
    for (int i = 0; i < a.employment().size(); i++) {
      Tenure t = a.employment().get(i);
      String k = "employment[" + i + "].";
      out.add(new Item(p, k + "department", t.department()));
      out.add(new Item(p, k + "jobTitle", t.jobTitle()));
      out.add(new Item(p, k + "jobFamily", t.jobFamily()));
      out.add(new Item(p, k + "grade", t.grade().code()));
      out.add(new Item(p, k + "workLocation", t.workLocation().country() + "/" + t.workLocation().region()));
      out.add(new Item(p, k + "start", t.start().toString()));
      out.add(new Item(p, k + "end", t.endDate().map(Object::toString).orElse("")));
    }
    out.add(new Item(p, "departure.lastWorkingDay", a.departure().lastWorkingDay().toString()));
    out.add(new Item(p, "departure.type", a.departure().type().name()));
    out.add(new Item(p, "departure.reasonCategory", a.departure().reasonCategory()));
    out.add(new Item(p, "departure.rehireEligibility", a.departure().rehireEligibility().status().name()));
    out.add(new Item(p, "current.employer", a.current().employer()));
    out.add(new Item(p, "current.title", a.current().title()));
    out.add(new Item(p, "current.industry", a.current().industry()));
    out.add(new Item(p, "current.location", a.current().location().country() + "/" + a.current().location().region()));
    for (int i = 0; i < a.skills().size(); i++) {
      SkillClaim s = a.skills().get(i);
      out.add(new Item(p, "skills[" + i + "]", s.skill() + " " + s.proficiency() + " " + s.years() + "y"));
    }
    for (int i = 0; i < a.languages().size(); i++) {
      LanguageSkill l = a.languages().get(i);
      out.add(new Item(p, "languages[" + i + "]", l.language() + " " + l.level()));
    }
    out.add(new Item(p, "willingness.openToRehire", Boolean.toString(a.willingness().openToRehire())));
    out.add(new Item(p, "willingness.openToRefer", Boolean.toString(a.willingness().openToRefer())));
    out.add(new Item(p, "willingness.openToMentor", Boolean.toString(a.willingness().openToMentor())));
    for (FieldGroup g : FieldGroup.values()) {
      out.add(new Item(p, "visibility." + g.name(), a.visibility().of(g).name()));
    }
    out.add(new Item(p, "membership.status", a.status().name()));
    return out;
  }
}
