using KazReports.Parsing;
using KazReports.Diagnostics;
using KazReports.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace KazReports.Templates;

/// <summary>Limits of one template render: loops sized to the data, recursion, output size, time.</summary>
public sealed record TemplateLimits(int LoopLimit, int RecursiveLimit = 64, long OutputLimit = 20_000_000, TimeSpan? Timeout = null)
{
    public TimeSpan RenderTimeout => Timeout ?? TimeSpan.FromSeconds(20);
}

/// <summary>A rendered template: the markup text and the template span of each of its lines.</summary>
public sealed record RenderedText(string Text, Func<int, Diagnostics.SourceSpan> SpanOfLine);

/// <summary>
/// The templates of a folder, parsed once. Renders a template against an explicit model of
/// ScriptObjects with StrictVariables, the Russian culture and explicit limits; includes resolve
/// only inside the folder.
/// </summary>
public sealed class TemplateSet
{
    private readonly string _root;
    private readonly string _realRoot;
    private readonly string _display;
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _refused = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    // `include` as a global of every render, made once (importing a delegate reflects over it):
    // the render's diagnostics are found through its context.
    private readonly ScriptObject _includeGlobal;

    private TemplateSet(string root, string display)
    {
        _root = root;
        _realRoot = KazReports.Parsing.SafeFile.RealPath(root);
        _display = display;
        _includeGlobal = new ScriptObject();
        _includeGlobal.Import("include", new Func<TemplateContext, string, object?>((ctx, partial) => Include(ctx, partial, ((TrackingContext)ctx).Bag)));
        _includeGlobal.Import("include_text", new Func<TemplateContext, ScriptObject, object?>((ctx, part) => IncludeText(ctx, part, ((TrackingContext)ctx).Bag)));
        _includeGlobal.IsReadOnly = true;
    }

    public string Root => _root;

    public static TemplateSet Open(string dir, string? display = null) =>
        new(Path.GetFullPath(dir), (display ?? dir).TrimEnd('/', '\\').Replace('\\', '/'));

    public bool Exists(string name)
    {
        try
        {
            return KazReports.Parsing.SafeFile.Probe(Resolve(name)) != KazReports.Parsing.FileKind.Missing;
        }
        catch (TemplateAccessException)
        {
            return true; // there, but refused: Get says why
        }
    }

    /// <summary>The user-facing path of a template: «templates/letter.sbn».</summary>
    public string DisplayPath(string name) => $"{_display}/{name}";

    internal string Resolve(string name)
    {
        var full = Path.GetFullPath(Path.Combine(_root, name));
        var rootWithSep = _root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSep, StringComparison.Ordinal))
            throw new TemplateAccessException($"шаблон «{name}» вне папки шаблонов");
        // A symbolic link inside the folder may point out of it: the real path decides.
        if (!KazReports.Parsing.SafeFile.IsInside(KazReports.Parsing.SafeFile.RealPath(full), _realRoot))
            throw new TemplateAccessException($"шаблон «{name}» — символическая ссылка за пределы папки шаблонов: можно подключать только шаблоны из папки шаблонов");
        return full;
    }

    /// <summary>Parses (once) and returns a template; null with diagnostics when it does not parse.</summary>
    public Template? Get(string name, DiagnosticBag bag)
    {
        lock (_gate)
        {
            if (_parsed.TryGetValue(name, out var cached)) return cached.HasErrors ? null : cached;
            // A refused file is reported once, not once per document.
            if (_refused.Contains(name)) return null;
        }
        var refusals = new DiagnosticBag();
        var got = Load(name, refusals);
        if (got is null && refusals.HasErrors)
        {
            lock (_gate)
            {
                if (!_refused.Add(name)) return null;
            }
        }
        bag.AddRange(refusals.Items);
        return got;
    }

    private Template? Load(string name, DiagnosticBag bag)
    {
        var display = DisplayPath(name);
        string path;
        try
        {
            path = Resolve(name);
        }
        catch (TemplateAccessException e)
        {
            bag.Error(TemplateCodes.Limit, new Diagnostics.SourceSpan(display, 0, 0), e.Message);
            return null;
        }
        if (!KazReports.Parsing.SafeFile.CheckReadable(path, display, bag, missingCode: TemplateCodes.Missing, missingMessage: "шаблон не найден"))
            return null;
        string text;
        try
        {
            // CR-only and CRLF line endings read as LF: line numbers are the same in all three.
            text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(new Diagnostic(Severity.Error, TemplateCodes.Missing, new Diagnostics.SourceSpan(display, 0, 0), "шаблон не прочитан: " + FileErrors.Russian(e), e.Message));
            return null;
        }
        var template = Template.Parse(text, display);
        foreach (var m in template.Messages)
        {
            var span = new Diagnostics.SourceSpan(display, m.Span.Start.Line + 1, m.Span.Start.Column + 1);
            bag.Add(new Diagnostic(m.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning, TemplateCodes.Syntax, span,
                (m.Type == ParserMessageType.Error ? "синтаксическая ошибка шаблона: " : "") + Translate(m.Message), m.Message));
        }
        lock (_gate) _parsed[name] = template;
        return template.HasErrors ? null : template;
    }

    /// <summary>Renders <paramref name="name"/> with <paramref name="model"/>; null with a diagnostic on error.</summary>
    public RenderedText? Render(string name, ScriptObject model, TemplateLimits limits, DiagnosticBag bag) =>
        Render(name, [model], limits, bag);

    /// <summary>
    /// Renders <paramref name="name"/> with layers of variables, later ones hiding earlier ones (the
    /// model every document shares, then the document's own); the template's assignments go to a
    /// layer of their own, so shared layers are never written.
    /// </summary>
    public RenderedText? Render(string name, IReadOnlyList<ScriptObject> layers, TemplateLimits limits, DiagnosticBag bag)
    {
        var template = Get(name, bag);
        if (template is null) return null;
        using var cts = new CancellationTokenSource(limits.RenderTimeout);
        var context = new TrackingContext(TrackingContext.SharedBuiltins, bag)
        {
            StrictVariables = true,
            LoopLimit = limits.LoopLimit,
            LoopLimitQueryable = limits.LoopLimit,
            RecursiveLimit = limits.RecursiveLimit,
            // Not 100 000: Scriban cuts a longer string (a whole loop's output too) silently with «...»;
            // the output limit below is the guard against runaway text.
            LimitToString = (int)Math.Min(int.MaxValue, Math.Max(100_000, limits.OutputLimit)),
            ObjectRecursionLimit = 64,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            EnableRelaxedMemberAccess = false,
            MemberFilter = _ => false,
            TemplateLoader = new FolderTemplateLoader(this),
            CancellationToken = cts.Token,
            NewLine = "\n",
        };
        context.PushCulture(Text.Numbers.Russian);
        foreach (var layer in layers) context.PushGlobal(layer);
        context.PushGlobal(_includeGlobal);
        // Assignments of the template land here, never in the shared globals.
        context.PushGlobal(new ScriptObject());
        var output = new SpanTrackingOutput(context, limits.OutputLimit);
        context.PushOutput(output);
        try
        {
            template.Render(context);
            return new RenderedText(output.Text, output.SpanOfLine);
        }
        catch (Exception e) when (e is Scriban.Syntax.ScriptRuntimeException or TemplateLimitException or TemplateAccessException or OperationCanceledException)
        {
            var span = e is Scriban.Syntax.ScriptRuntimeException sre
                ? new Diagnostics.SourceSpan(sre.Span.FileName ?? DisplayPath(name), sre.Span.Start.Line + 1, sre.Span.Start.Column + 1)
                : context.CurrentNode?.Span is { } s ? new Diagnostics.SourceSpan(s.FileName ?? DisplayPath(name), s.Start.Line + 1, s.Start.Column + 1)
                : new Diagnostics.SourceSpan(DisplayPath(name), 0, 0);
            var message = e switch
            {
                Scriban.Syntax.ScriptRuntimeException r => Translate(r.OriginalMessage),
                OperationCanceledException => $"шаблон выполнялся дольше {limits.RenderTimeout.TotalSeconds.ToString("0.###", Numbers.Russian)} с и остановлен",
                _ => e.Message,
            };
            // A limit or an access refusal thrown inside a statement reaches us wrapped in a ScriptRuntimeException.
            var limit = e is not Scriban.Syntax.ScriptRuntimeException ||
                        e.InnerException is TemplateLimitException or TemplateAccessException or OperationCanceledException;
            if (e.InnerException is OperationCanceledException || cts.IsCancellationRequested)
            {
                // Scriban reports the cancelled token as «The operation was cancelled».
                limit = true;
                message = $"шаблон выполнялся дольше {limits.RenderTimeout.TotalSeconds.ToString("0.###", Numbers.Russian)} с и остановлен";
            }
            bag.Add(new Diagnostic(Severity.Error, limit ? TemplateCodes.Limit : TemplateCodes.Runtime, span, message,
                e is Scriban.Syntax.ScriptRuntimeException o ? o.OriginalMessage : null));
            return null;
        }
    }

    /// <summary>
    /// Renders a partial into the same output, so that its lines keep their own file and line
    /// (Scriban's built-in include returns the partial as one string).
    /// </summary>
    private object? Include(TemplateContext context, string name, DiagnosticBag bag)
    {
        if (Path.IsPathRooted(name) || name.Contains(".."))
            throw new TemplateAccessException($"include «{name}»: можно подключать только шаблоны из папки шаблонов");
        var partial = Get(name, bag)?.Page ?? throw new TemplateAccessException($"include: шаблон «{name}» не найден или содержит ошибки");
        return EvaluateInPlace(context, partial);
    }

    /// <summary>Evaluates a parsed page into the current output, counted as one level of recursion.</summary>
    private static object? EvaluateInPlace(TemplateContext context, Scriban.Syntax.ScriptPage page)
    {
        context.EnterRecursive(page);
        try
        {
            context.Evaluate(page);
        }
        finally
        {
            context.ExitRecursive(page);
        }
        return null;
    }

    /// <summary>
    /// Renders text from the data (a part of the program's prose: <c>path</c> and <c>text</c>) as a
    /// template into the same output, with the same variables: its directives are ordinary template
    /// code, its errors point at the data file.
    /// </summary>
    private object? IncludeText(TemplateContext context, ScriptObject part, DiagnosticBag bag)
    {
        var path = part is null ? null : part["path"] as string;
        if (part is null || path is null) throw new TemplateAccessException("include_text: нужен объект с полями path и text");
        var text = part["text"] as string ?? "";
        var key = "text:" + path + "\n" + text;
        Template? template;
        lock (_gate) _parsed.TryGetValue(key, out template);
        if (template is null)
        {
            template = Template.Parse(text, path);
            foreach (var m in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                bag.Error(TemplateCodes.Syntax, new Diagnostics.SourceSpan(path, m.Span.Start.Line + 1, m.Span.Start.Column + 1),
                    "синтаксическая ошибка в тексте: " + Translate(m.Message));
            lock (_gate) _parsed[key] = template;
        }
        if (template.HasErrors || template.Page is not { } page) throw new TemplateAccessException($"текст «{path}» содержит ошибки");
        return EvaluateInPlace(context, page);
    }

    /// <summary>Scriban speaks English; the users read Russian (the original goes to <c>--verbose</c>).</summary>
    internal static string Translate(string message) => ScribanMessages.Russian(message);

    private sealed class FolderTemplateLoader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName)
        {
            if (Path.IsPathRooted(templateName) || templateName.Contains(".."))
                throw new TemplateAccessException($"include «{templateName}»: можно подключать только шаблоны из папки шаблонов");
            set.Resolve(templateName);
            return set.DisplayPath(templateName);
        }

        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath)
        {
            var name = templatePath[(set._display.Length + 1)..];
            var full = set.Resolve(name);
            var kind = KazReports.Parsing.SafeFile.Probe(full);
            if (kind == KazReports.Parsing.FileKind.Missing) throw new TemplateAccessException($"include: шаблон «{name}» не найден");
            if (kind != KazReports.Parsing.FileKind.Regular) throw new TemplateAccessException($"include: шаблон «{name}»: {KazReports.Parsing.SafeFile.Describe(kind)}");
            return File.ReadAllText(full).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            new((string?)Load(context, callerSpan, templatePath));
    }
}

/// <summary>A template asked for something outside its folder.</summary>
internal sealed class TemplateAccessException(string message) : Exception(message);

public static class TemplateCodes
{
    public const string Syntax = "KR2001";
    public const string Runtime = "KR2002";
    public const string Limit = "KR2003";
    public const string Missing = "KR2004";
    public const string Markup = "KR2005";
    public const string Theme = "KR2006";
}
