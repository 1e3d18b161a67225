using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

internal static class ProgramReader
{
    private static readonly string[] Blocks = ["indicators", "monitoring"];

    public static ProgramInfo Read(YMap root)
    {
        var title = root.Text("title");
        var kind = root.Text("kind");
        var kindGenitive = root.String("kind_genitive") ?? kind.ToLowerInvariant();
        var kindDative = root.String("kind_dative") ?? kind.ToLowerInvariant();
        var years = root.Map("years", required: true);
        var from = years?.Int("from", required: true) ?? 0;
        var to = years?.Int("to", required: true) ?? 0;
        years?.Done();
        if (from > to) root.Bag.Error(Codes.BadYear, years!.Span, $"срок программы {from}–{to}: начало позже конца");
        var approved = root.Map("approved_by");
        var order = approved?.String("order");
        var date = approved?.Date("date");
        approved?.Done();

        var passport = root.Maps("passport", required: true).Select(m =>
        {
            string? block = null;
            foreach (var b in Blocks)
                if (m.Get(b)?.AsString(b) is "true" or "yes" or "да") block = b;
            var row = new PassportRow(m.Text("field"), m.String("text"), m.Strings("items"), block, m.Span);
            if (row.Text is null && row.Items.Count == 0 && row.Block is null)
                m.Bag.Error(Codes.RequiredField, m.Span, $"строка паспорта «{row.Field}»: нужно text, items, indicators: true или monitoring: true");
            m.Done();
            return row;
        }).ToArray();

        var indicators = root.Maps("indicators", required: true).Select(ReadIndicator).ToArray();
        var monitoring = root.Maps("monitoring").Select(m =>
        {
            var item = new MonitoringItem(m.Text("what"), m.Text("frequency"));
            m.Done();
            return item;
        }).ToArray();
        var program = new ProgramInfo(title, kind, kindGenitive, kindDative, from, to, order, date, passport, indicators,
            root.Text("goal"), root.Strings("tasks"), root.Strings("expected_results"), monitoring, root.Strings("risks"), root.Span);
        root.Done();
        return program;
    }

    private static Indicator ReadIndicator(YMap m)
    {
        var no = m.Int("no", required: true) ?? 0;
        var text = m.Text("text");
        var targetNode = m.Get("target", required: true);
        var targetText = targetNode?.AsString("target");
        decimal? target = null;
        if (targetText is not null && NumberText.TryParse(targetText, out var t, out _)) target = t;
        var actual = new SortedDictionary<int, decimal>();
        if (m.Map("actual") is { } a)
        {
            foreach (var (k, v) in ((YamlDotNet.RepresentationModel.YamlMappingNode)a.Node).Children)
            {
                var yearNode = new YNode(k, a.File, a.Bag);
                var year = yearNode.AsInteger("actual");
                var value = new YNode(v, a.File, a.Bag).AsDecimal("actual");
                if (year is { } y && value is { } val) actual[(int)y] = val;
            }
        }
        var ind = new Indicator(no, text, target, target is null ? targetText : null, m.String("unit"), m.String("qualifier"), actual, m.Span);
        m.Done();
        return ind;
    }
}
