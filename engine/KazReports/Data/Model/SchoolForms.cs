using KazReports.Text;
using KazReports.Text.Forms;

namespace KazReports.Data.Model;

/// <summary>Cases of a school's names and of its director's name (the data's overrides first, then the rules).</summary>
public static class SchoolForms
{
    /// <summary>«Отношинской СОШ»: the short name in the case; null when no rule and no override gives it.</summary>
    public static string? TryShort(this School s, GrammaticalCase c)
    {
        if (c == GrammaticalCase.Prepositional && s.NameLocative is { } loc && !s.Forms.ContainsKey("prepositional")) return loc;
        return RussianForms.TryInflect(s.ShortName, c, s.Forms);
    }

    public static string ShortIn(this School s, GrammaticalCase c) => s.TryShort(c) ?? s.ShortName;

    /// <summary>
    /// The official name in the case: «МБОУ Казачинская СОШ» (the org form is not declined and the
    /// name after it stays nominative), a branch as «Челноковской ООШ – филиала МБОУ Мокрушинская СОШ»,
    /// a school without an org form as its short name in the case.
    /// </summary>
    public static string Official(this School s, School? parent, GrammaticalCase c)
    {
        if (s.OrgForm is not null) return s.OfficialShortName;
        var own = s.ShortIn(c);
        if (parent is null) return own;
        var branch = NamePhrases.Inflect("филиал", c) ?? "филиал";
        return $"{own} – {branch} {parent.OfficialShortName}";
    }

    /// <summary>The director's gender: the data's «м»/«ж», else what the name shows.</summary>
    public static Gender DirectorGenderOf(this School s) => s.DirectorGender switch
    {
        "м" => Gender.Male,
        "ж" => Gender.Female,
        _ => s.Director is { } d && PersonName.Parse(d) is { } n ? PersonNames.GenderOf(n) : Gender.Unknown,
    };

    /// <summary>«Иванову И.И.»: the director's surname and initials in the case; null when unknown or not derivable.</summary>
    public static string? DirectorIn(this School s, GrammaticalCase c)
    {
        if (s.Director is not { } d) return null;
        if (c != GrammaticalCase.Nominative && s.DirectorForms.TryGetValue(CaseNames.Key(c), out var given)) return given;
        return PersonNames.SurnameInitials(d, c, s.DirectorGenderOf());
    }
}
