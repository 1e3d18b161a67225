using KazReports.Data.Model;
using KazReports.Diagnostics;

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
                m.Span));
            m.Done();
        }
        root.Done();
        return list;
    }
}
