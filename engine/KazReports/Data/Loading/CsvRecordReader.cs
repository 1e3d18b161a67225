using KazReports.Diagnostics;

namespace KazReports.Data.Loading;

/// <summary>
/// Reads CSV one record at a time from a text stream, as spreadsheets write it: quoted fields with
/// doubled quotes, line breaks inside quotes, <c>\r\n</c> or <c>\n</c>. The current record's cells are
/// trimmed spans of one reused buffer, each with its line and column: a table of any size is read
/// in constant memory. The separator is the one of the first line (see <see cref="CsvTableReader.DetectSeparator(ReadOnlySpan{char}, out bool)"/>).
/// </summary>
internal sealed class CsvRecordReader : IRowCells
{
    private readonly TextReader _reader;
    private readonly string _file;
    private char[] _input = new char[64 * 1024];
    private int _pos;
    private int _len;
    private bool _eof;

    // The current record: the raw text of its fields one after another, and per field the trimmed range and position.
    private char[] _text = new char[256];
    private int _textLen;
    private int _fieldStart;
    private bool _fieldHasText;
    private int[] _start = new int[16];
    private int[] _length = new int[16];
    private int[] _lines = new int[16];
    private int[] _columns = new int[16];

    // The parser's state between records.
    private int _line = 1, _col = 1, _fieldLine = 1, _fieldCol = 1, _rowLine = 1;
    private bool _quoted, _quoteSeen, _done;
    private int _quoteLine, _quoteCol;

    public CsvRecordReader(TextReader reader, string file)
    {
        _reader = reader;
        _file = file;
        Separator = DetectSeparator();
    }

    public char Separator { get; }

    /// <summary>A quote was opened and not closed before the end: every record read is in doubt.</summary>
    public bool UnclosedQuote { get; private set; }

    /// <summary>Where the unclosed quote was opened.</summary>
    public SourceSpan QuoteSpan => new(_file, _quoteLine, _quoteCol);

    /// <summary>Whether the text had any character but white space.</summary>
    public bool SawText { get; private set; }

    public int Line { get; private set; }

    public int Count { get; private set; }

    public ReadOnlySpan<char> Text(int cell) => _text.AsSpan(_start[cell], _length[cell]);

    public SourceSpan Span(int cell) => new(_file, _lines[cell], _columns[cell]);

    /// <summary>Whether some cell of the current record has text.</summary>
    public bool HasText
    {
        get
        {
            for (var i = 0; i < Count; i++)
                if (_length[i] > 0) return true;
            return false;
        }
    }

    /// <summary>The current record as table cells (for the header and for small tables).</summary>
    public TableCell[] Cells()
    {
        var cells = new TableCell[Count];
        for (var i = 0; i < Count; i++) cells[i] = new TableCell(Text(i).ToString(), Span(i));
        return cells;
    }

    /// <summary>Moves to the next record (empty lines are records without text); false at the end.</summary>
    public bool Read()
    {
        if (_done) return false;
        Count = 0;
        _textLen = 0;
        _fieldStart = 0;
        _fieldHasText = false;
        while (true)
        {
            var next = Next();
            if (next < 0) return End();
            var c = (char)next;
            if (_quoteSeen)
            {
                _quoteSeen = false;
                if (c == '"')
                {
                    Append('"');
                    _col++;
                    continue;
                }
                _quoted = false;
            }
            if (_quoted)
            {
                if (c == '"') _quoteSeen = true;
                else if (c != '\r')
                {
                    Append(c);
                    if (c == '\n')
                    {
                        _line++;
                        _col = 0;
                    }
                }
                _col++;
                continue;
            }
            if (c == '"' && !_fieldHasText)
            {
                _quoted = true;
                _quoteLine = _line;
                _quoteCol = _col;
                _textLen = _fieldStart;
            }
            else if (c == Separator)
            {
                EndField();
                _fieldLine = _line;
                _fieldCol = _col + 1;
            }
            else if (c == '\n')
            {
                EndField();
                Line = _rowLine;
                _line++;
                _col = 1;
                _fieldLine = _line;
                _fieldCol = 1;
                _rowLine = _line;
                return true;
            }
            else if (c == '\uFEFF' && Count == 0 && _textLen == 0)
            {
                // A byte-order mark starting a later line (files joined with «cat»): invisible, dropped.
            }
            else if (c != '\r')
            {
                Append(c);
            }
            _col++;
        }
    }

    private bool End()
    {
        _done = true;
        if (_quoteSeen)
        {
            _quoteSeen = false;
            _quoted = false;
        }
        if (_quoted)
        {
            UnclosedQuote = true;
            Count = 0;
            return false;
        }
        if (_textLen > _fieldStart || Count > 0)
        {
            EndField();
            Line = _rowLine;
            return true;
        }
        return false;
    }

    private void Append(char c)
    {
        if (_textLen == _text.Length) Array.Resize(ref _text, _text.Length * 2);
        _text[_textLen++] = c;
        if (!char.IsWhiteSpace(c))
        {
            _fieldHasText = true;
            SawText = true;
        }
    }

    private void EndField()
    {
        if (Count == _start.Length)
        {
            var size = Count * 2;
            Array.Resize(ref _start, size);
            Array.Resize(ref _length, size);
            Array.Resize(ref _lines, size);
            Array.Resize(ref _columns, size);
        }
        var field = _text.AsSpan(_fieldStart, _textLen - _fieldStart);
        var lead = field.Length - field.TrimStart().Length;
        _start[Count] = _fieldStart + lead;
        _length[Count] = field.Trim().Length;
        _lines[Count] = _fieldLine;
        _columns[Count] = _fieldCol;
        Count++;
        _fieldStart = _textLen;
        _fieldHasText = false;
    }

    private int Next()
    {
        if (_pos == _len)
        {
            if (_eof) return -1;
            _len = _reader.Read(_input, 0, _input.Length);
            _pos = 0;
            if (_len == 0)
            {
                _eof = true;
                return -1;
            }
        }
        return _input[_pos++];
    }

    /// <summary>Reads ahead until the first line is complete (it may span lines inside quotes) and takes its separator.</summary>
    private char DetectSeparator()
    {
        while (true)
        {
            var sep = CsvTableReader.DetectSeparator(_input.AsSpan(0, _len), out var lineComplete);
            if (lineComplete || _eof) return sep;
            if (_len == _input.Length) Array.Resize(ref _input, _input.Length * 2);
            var read = _reader.Read(_input, _len, _input.Length - _len);
            if (read == 0) _eof = true;
            _len += read;
        }
    }
}
