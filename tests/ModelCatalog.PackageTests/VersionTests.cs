using System.Globalization;
using System.Text.RegularExpressions;
using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// The version is the calendar date of the data snapshot (YYYY.M.D, a fourth part for a repackaging), so it must
/// be a real date, not in the future, and no earlier than any date the data itself states.
/// </summary>
public sealed partial class VersionTests
{
    [Fact]
    public void The_version_is_the_snapshot_date_and_the_data_knows_nothing_later()
    {
        Match match = CalendarVersion().Match(PackageUnderTest.Version);
        Assert.True(match.Success, $"{PackageUnderTest.Version} is not YYYY.M.D[.N]");
        var snapshot = new DateOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));

        Assert.True(snapshot <= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), $"the snapshot {snapshot:yyyy-MM-dd} is in the future");
        string[] tables = Directory.GetFiles(Path.Combine(PackageUnderTest.RepoRoot, "data"), "*.csv");
        Assert.NotEmpty(tables);
        DateOnly latest = tables
            .SelectMany(path => IsoDate().Matches(File.ReadAllText(path)))
            .Select(m => new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 1))
            .Max();
        Assert.True(latest <= snapshot, $"the data states {latest:yyyy-MM-dd}, later than the snapshot {snapshot:yyyy-MM-dd}: bump CatalogVersion in Directory.Build.props");
    }

    [GeneratedRegex(@"^(\d{4})\.([1-9]|1[0-2])\.([1-9]|[12]\d|3[01])(\.\d+)?$")]
    private static partial Regex CalendarVersion();

    // Dates as the tables write them (2024-07, 2024-07-23); a partial date counts from its first day.
    [GeneratedRegex(@"(?<![\d.])((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![\d])")]
    private static partial Regex IsoDate();
}
