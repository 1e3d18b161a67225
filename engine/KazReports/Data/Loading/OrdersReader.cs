using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

internal static class OrdersReader
{
    private static readonly string[] Kinds = ["plain", "shnor-support"];

    public static Order Read(YMap root)
    {
        var kind = root.String("kind") ?? "plain";
        if (!Kinds.Contains(kind))
            root.Bag.Error(Codes.WrongType, root.Get("kind")!.Span, $"вид приказа «{kind}»: допустимы {string.Join(", ", Kinds)}");
        var items = root.Maps("items", required: true).Select(m =>
        {
            var i = new OrderItem(m.Text("text"), m.String("responsible"), m.String("deadline"), m.Span);
            m.Done();
            return i;
        }).ToArray();
        var appendices = root.Maps("appendices").Select(m =>
        {
            var a = new OrderAppendix(m.Text("title"), m.String("document"), m.Span);
            m.Done();
            return a;
        }).ToArray();
        var order = new Order(root.Text("number"), root.Date("date", required: true) ?? default, root.Text("title"),
            root.Text("preamble"), items, appendices, kind, root.Int("shnor_year"), root.Span, root.Get("shnor_year")?.Span);
        if (kind == "shnor-support" && order.ShnorYear is null)
            root.Bag.Error(Codes.RequiredField, root.Span, "приказу о ШНОР нужно поле «shnor_year»: год, по результатам которого выявлены школы");
        root.Done();
        return order;
    }

    public static LettersInfo ReadLetters(YMap root)
    {
        var executor = root.Map("executor");
        var info = new LettersInfo(root.Date("date", required: true) ?? default, root.String("number_prefix") ?? "",
            root.Int("year", required: true) ?? 0, executor?.String("name"), executor?.String("phone"), root.Span, root.Get("year")?.Span);
        executor?.Done();
        var signatory = root.String("signatory");
        if (signatory is not null and not "head")
            root.Bag.Error(Codes.WrongType, root.Get("signatory")!.Span, "подписант писем: пока поддерживается только «head» (руководитель из district.yaml)");
        root.Done();
        return info;
    }
}
