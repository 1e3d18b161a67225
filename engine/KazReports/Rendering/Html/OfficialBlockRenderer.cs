using KazReports.Documents;

namespace KazReports.Rendering.Html;

/// <summary>
/// The requisites of official documents laid out with CSS as on paper: the corner letterhead
/// centred in its block at the top left (beside the addressee in letters), «ПРИКАЗ» with the date
/// at the left and the number at the right, the stamp, appendix mark and addressee at the right,
/// the signature with the name flush right on the position's last line, the executor in small type.
/// </summary>
internal static class OfficialBlockRenderer
{
    /// <summary>The letterhead at the left and the addressee at the right, tops aligned.</summary>
    public static void LetterheadWithAddressee(HtmlContext cx, Letterhead letterhead, Addressee addressee)
    {
        var w = cx.W;
        w.Open("div", ("class", "pair")).Line();
        Letterhead(cx, letterhead);
        Addressee(cx, addressee);
        w.Close("div").Line();
    }

    /// <summary>The corner letterhead: its first two lines bold, the details under them.</summary>
    public static void Letterhead(HtmlContext cx, Letterhead letterhead)
    {
        var w = cx.W;
        w.Open("div", ("class", "letterhead req")).Line();
        if (letterhead.Lines.Count > 0)
        {
            w.Open("p");
            for (var i = 0; i < letterhead.Lines.Count; i++)
            {
                if (i > 0) w.Raw("<br>");
                if (i < 2) w.Element("strong", letterhead.Lines[i]);
                else w.Text(letterhead.Lines[i]);
            }
            w.Close("p").Line();
        }
        if (letterhead.Details.Count > 0)
        {
            w.Open("p", ("class", "details"));
            InlineRenderer.Lines(w, letterhead.Details);
            w.Close("p").Line();
        }
        w.Close("div").Line();
    }

    /// <summary>«ПРИКАЗ»: the authority, the title, the date and «№» on one line, the place.</summary>
    public static void OrderHeader(HtmlContext cx, OrderHeader order)
    {
        var w = cx.W;
        w.Open("div", ("class", "order req")).Line();
        w.Open("p", ("class", "authority"));
        InlineRenderer.Lines(w, order.Authority.Split('\n').Select(l => l.Trim()));
        w.Close("p").Line();
        w.Element("p", order.Title, ("class", "kind")).Line();
        w.Open("p", ("class", "line")).Element("span", order.Date).Element("span", "№\u00A0" + order.Number).Close("p").Line();
        if (!string.IsNullOrWhiteSpace(order.Place)) w.Element("p", order.Place).Line();
        w.Close("div").Line();
    }

    public static void Stamp(HtmlContext cx, ApprovalStamp stamp) => Right(cx.W, "stamp", stamp.Lines);

    public static void AppendixMark(HtmlContext cx, AppendixMark mark) => Right(cx.W, "appendix", mark.Lines);

    public static void Addressee(HtmlContext cx, Addressee addressee) => Right(cx.W, "addressee", addressee.Lines);

    /// <summary>The position's lines, the name flush right on the last one (by CSS).</summary>
    public static void Signature(HtmlContext cx, Signature signature)
    {
        var w = cx.W;
        w.Open("div", ("class", "signature req")).Open("p", ("class", "sig-position"));
        InlineRenderer.Lines(w, signature.PositionLines);
        w.Close("p").Element("p", signature.Name, ("class", "sig-name")).Close("div").Line();
    }

    /// <summary>«Исполнитель» in small type.</summary>
    public static void Executor(HtmlContext cx, Executor executor)
    {
        var w = cx.W;
        w.Open("div", ("class", "executor req")).Open("p");
        InlineRenderer.Lines(w, executor.Lines);
        w.Close("p").Close("div").Line();
    }

    private static void Right(HtmlWriter w, string kind, IReadOnlyList<string> lines)
    {
        w.Open("div", ("class", "right req " + kind)).Open("p");
        InlineRenderer.Lines(w, lines);
        w.Close("p").Close("div").Line();
    }
}
