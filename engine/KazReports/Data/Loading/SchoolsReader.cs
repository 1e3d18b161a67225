using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

internal static class SchoolsReader
{
    /// <summary>The school types the data may name (the quick reader of big files checks the same).</summary>
    internal static readonly string[] Types = ["СОШ", "ООШ", "НОШ"];

    public static IReadOnlyList<School> Read(YMap root)
    {
        var list = new List<School>();
        foreach (var m in root.Maps("schools", required: true))
        {
            var id = m.Text("id");
            if (id.Length > 0 && !Ids.IsValid(id))
                m.Bag.Error(Codes.BadId, m.Get("id")!.Span, Ids.IsReservedOnWindows(id)
                    ? $"код школы «{id}» — имя устройства в Windows (con, nul, aux, prn, com1…com9, lpt1…lpt9): файл письма с таким именем там не создать; выберите другой код"
                    : id.Length > Ids.MaxLength
                        ? $"код школы длиннее {Ids.MaxLength} знаков ({id.Length}): он становится именем файла письма"
                        : $"код школы «{id}»: допустимы строчные латинские буквы, цифры и «-»");
            var type = m.Text("type");
            if (type.Length > 0 && !Types.Contains(type))
                m.Bag.Error(Codes.WrongType, m.Get("type")!.Span, $"тип школы «{type}»: допустимы {string.Join(", ", Types)}");
            list.Add(new School(
                id,
                m.Text("name"),
                m.Text("short_name"),
                m.String("org_form"),
                type,
                m.String("branch_of"),
                m.String("director"),
                m.String("address"),
                m.String("email"),
                m.Int("closed"),
                m.String("name_locative"),
                m.Span)
            {
                Forms = ReadForms(m, "forms"),
                DirectorGender = ReadGender(m),
                DirectorForms = ReadForms(m, "director_forms"),
                Grades = ReadGrades(m),
            });
            m.Done();
        }
        root.Done();
        return list;
    }

    private static readonly string[] FormKeys = ["genitive", "dative", "accusative", "instrumental", "prepositional"];

    /// <summary><c>forms: {genitive: Казанской ООШ, …}</c>: forms the rules cannot derive.</summary>
    private static IReadOnlyDictionary<string, string> ReadForms(YMap m, string key)
    {
        if (m.Map(key) is not { } f) return School.EmptyForms;
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in FormKeys)
            if (f.String(k) is { } v) forms[k] = v;
        f.Done();
        return forms;
    }

    private static string? ReadGender(YMap m)
    {
        var g = m.String("director_gender");
        if (g is null or "м" or "ж") return g;
        m.Bag.Error(Codes.BadSetting, m.Get("director_gender")!.Span, $"director_gender: «{g}»: допустимы «м» и «ж»");
        return null;
    }

    /// <summary><c>grades: 1-5, 7-9</c>: the grades a school has (a school with no 6th grade).</summary>
    private static GradeSet? ReadGrades(YMap m)
    {
        if (m.String("grades") is not { } text) return null;
        if (GradeSet.TryParse(text, out var set)) return set;
        m.Bag.Error(Codes.BadGrade, m.Get("grades")!.Span, $"grades: «{text}»: пишите классы 1–11 через запятую и дефис, например «1-5, 7-9»");
        return null;
    }
}
