using KazReports.Data.Model;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

internal static class CatalogReader
{
    public static Catalog Read(YMap root)
    {
        var procedures = root.Maps("procedures", required: true).Select(m =>
        {
            var p = new Procedure(m.Text("id"), m.Text("name"), m.Text("full_name"), m.Text("low_text"), m.Int("grade"), m.Span);
            m.Done();
            return p;
        }).ToArray();
        var subjects = root.Maps("subjects", required: true).Select(m =>
        {
            var s = new Subject(m.Text("id"), m.Text("name"), m.Text("dative"), m.Span);
            m.Done();
            return s;
        }).ToArray();
        root.Done();
        return new Catalog(procedures, subjects);
    }
}
