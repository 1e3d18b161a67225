using KazReports.Diagnostics;

namespace KazReports.Build;

/// <summary>
/// One build at a time per output folder: two builds writing the same files would interleave.
/// The lock is a file held open without sharing; the system releases it if the process dies.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string Code = "KR4001";
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public static OutputLock? TryAcquire(string outDir, DiagnosticBag bag)
    {
        var path = Path.Combine(outDir, ".kaz-build.lock");
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException)
        {
            bag.Error(Code, new SourceSpan(outDir, 0, 0), "в эту папку уже пишет другая сборка kaz build: дождитесь её окончания");
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
