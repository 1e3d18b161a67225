namespace KazReports.Parsing;

/// <summary>
/// Reads text with every line ending as <c>\n</c>: <c>\r\n</c> (Windows), <c>\n</c> and a lone
/// <c>\r</c> (old Mac, some exports) read the same, so line numbers are right in all three.
/// </summary>
internal sealed class LineEndingReader(TextReader inner) : TextReader
{
    private bool _afterCr;

    public override int Read(char[] buffer, int index, int count)
    {
        while (true)
        {
            var n = inner.Read(buffer, index, count);
            if (n == 0) return 0;
            var w = index;
            for (var r = index; r < index + n; r++)
            {
                var c = buffer[r];
                if (c == '\n' && _afterCr)
                {
                    _afterCr = false;
                    continue;
                }
                _afterCr = c == '\r';
                buffer[w++] = c == '\r' ? '\n' : c;
            }
            if (w > index) return w - index;
        }
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 0 ? -1 : one[0];
    }

    public override int Peek() => -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
