using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Diagnostics;

namespace KazReports.Validation;

/// <summary>
/// A data folder read (<see cref="DataLoader"/>) and then checked (<see cref="DataValidator"/>): what
/// every command and test that needs the data uses. Reading knows nothing of the checks.
/// </summary>
public static class CheckedData
{
    /// <summary>The data set (null when the folder cannot be read at all) and every problem found.</summary>
    public static (DataSet? Data, DiagnosticBag Diagnostics) Load(string dataDir, string? displayRoot = null)
    {
        var (data, bag) = DataLoader.Load(dataDir, displayRoot);
        if (data is not null) DataValidator.Validate(data, bag);
        return (data, bag);
    }
}
