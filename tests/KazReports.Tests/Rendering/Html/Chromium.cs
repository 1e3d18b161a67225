using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KazReports.Tests.Rendering.Html;

/// <summary>
/// Headless Chromium (Debian package <c>chromium</c>) driven over the DevTools protocol: one browser
/// per instance, one tab; open a file, run a script, take a screenshot. No download, no driver.
/// </summary>
internal sealed class Chromium : IDisposable
{
    public const string Missing = "не запущен: нет chromium, установите пакет Debian chromium";

    private readonly Process process;
    private readonly ClientWebSocket socket = new();
    private readonly string profile;
    private string? session;
    private int nextId;

    /// <summary>The browser's path, or null when it is not installed.</summary>
    public static string? Executable { get; } = Find();

    private Chromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    public static Chromium Start(int width = 1000, int height = 1400)
    {
        var profile = Path.Combine(Path.GetTempPath(), "kaz-tests", "chromium-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(profile);
        var psi = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(Missing))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                     "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--font-render-hinting=none", "--force-color-profile=srgb", "--remote-debugging-port=0",
                     $"--user-data-dir={profile}", $"--window-size={width},{height}", "about:blank" })
            psi.ArgumentList.Add(a);
        psi.Environment["DBUS_SESSION_BUS_ADDRESS"] = "/dev/null";
        // Only the project's own fonts: the screenshots are the same on every machine (as the PDFs are).
        psi.Environment["FONTCONFIG_FILE"] = BundledFontsConfig(profile);
        var process = Process.Start(psi)!;
        process.StandardOutput.ReadToEndAsync();
        var browser = new Chromium(process, profile);
        try
        {
            var url = browser.DevToolsUrl(TimeSpan.FromSeconds(60));
            browser.socket.ConnectAsync(new Uri(url), CancellationToken.None).Wait(TimeSpan.FromSeconds(30));
            var target = browser.Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, toPage: false)["targetId"]!.GetValue<string>();
            browser.session = browser.Send("Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true }, toPage: false)["sessionId"]!.GetValue<string>();
            browser.Send("Emulation.setDeviceMetricsOverride", new JsonObject
            {
                ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false,
            });
            return browser;
        }
        catch
        {
            browser.Dispose();
            throw;
        }
    }

    /// <summary>Opens a file and waits until it and its fonts are loaded.</summary>
    public void Open(string path)
    {
        Send("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(path)).AbsoluteUri });
        var until = DateTime.UtcNow.AddSeconds(60);
        while (Evaluate("document.readyState") != "complete")
        {
            Assert.True(DateTime.UtcNow < until, $"{path}: the page did not load in 60 s");
            Thread.Sleep(50);
        }
        Evaluate("document.fonts.ready.then(() => 'ok')");
    }

    /// <summary>Runs a script (a promise is awaited) and returns its value as a string (JSON for objects).</summary>
    public string? Evaluate(string expression)
    {
        var result = Send("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true,
        });
        if (result["exceptionDetails"] is { } error) throw new InvalidOperationException("script failed: " + error.ToJsonString());
        var value = result["result"]?["value"];
        return value is null ? null : value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
    }

    /// <summary>A PNG of the visible part of the page (the window's size).</summary>
    public byte[] Screenshot() =>
        Convert.FromBase64String(Send("Page.captureScreenshot", new JsonObject { ["format"] = "png" })["data"]!.GetValue<string>());

    private JsonNode Send(string method, JsonObject parameters, bool toPage = true)
    {
        var id = ++nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (toPage) message["sessionId"] = session;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None).Wait(TimeSpan.FromSeconds(30));
        while (true)
        {
            var reply = Receive();
            if (reply["id"]?.GetValue<int>() != id) continue; // an event
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
            return reply["result"]!;
        }
    }

    private JsonNode Receive()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            var part = socket.ReceiveAsync(buffer, timeout.Token).GetAwaiter().GetResult();
            if (part.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException("chromium closed the connection");
            message.Write(buffer, 0, part.Count);
            if (part.EndOfMessage) break;
        }
        return JsonNode.Parse(message.ToArray())!;
    }

    /// <summary>Chromium prints «DevTools listening on ws://…» on stderr once it is ready.</summary>
    private string DevToolsUrl(TimeSpan limit)
    {
        var read = Task.Run(() =>
        {
            while (process.StandardError.ReadLine() is { } line)
            {
                var at = line.IndexOf("ws://", StringComparison.Ordinal);
                if (line.StartsWith("DevTools listening on", StringComparison.Ordinal) && at >= 0) return line[at..].Trim();
            }
            return null;
        });
        Assert.True(read.Wait(limit), $"chromium did not start in {limit}");
        var url = read.Result ?? throw new InvalidOperationException("chromium exited without a DevTools address");
        // Keep draining stderr so that the browser never blocks on a full pipe.
        _ = Task.Run(() => process.StandardError.ReadToEnd());
        return url;
    }

    public void Dispose()
    {
        try
        {
            // Asked to close; the answer is not awaited, the browser may drop the connection first.
            if (socket.State == WebSocketState.Open)
                socket.SendAsync(Encoding.UTF8.GetBytes("{\"id\":0,\"method\":\"Browser.close\"}"), WebSocketMessageType.Text, true, CancellationToken.None)
                    .Wait(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is InvalidOperationException or WebSocketException or AggregateException)
        {
            // The browser is going anyway.
        }
        socket.Dispose();
        if (!process.WaitForExit(10_000)) process.Kill(entireProcessTree: true);
        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var path = Path.Combine(dir, name);
                if (dir.Length > 0 && File.Exists(path)) return path;
            }
        }
        return null;
    }

    /// <summary>A fontconfig file that knows only templates/fonts, with Times New Roman and serif mapped to Liberation Serif.</summary>
    private static string BundledFontsConfig(string profile)
    {
        var fonts = System.Security.SecurityElement.Escape(Path.Combine(Composition.Repo.Root, "templates", "fonts"));
        var cache = System.Security.SecurityElement.Escape(Path.Combine(profile, "fontconfig-cache"));
        var path = Path.Combine(profile, "fonts.conf");
        File.WriteAllText(path, $"""
            <?xml version="1.0"?>
            <fontconfig>
              <dir>{fonts}</dir>
              <cachedir>{cache}</cachedir>
              <alias><family>Times New Roman</family><prefer><family>Liberation Serif</family></prefer></alias>
              <alias><family>serif</family><prefer><family>Liberation Serif</family></prefer></alias>
              <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
            </fontconfig>
            """);
        return path;
    }
}
