using System.Globalization;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Pipeline;

/// <summary>The emitted bytes do not depend on the machine's culture (Turkish dotted I, German decimal comma ...).</summary>
public sealed class CultureInvarianceTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Emitted_text_is_byte_identical_under_another_culture(string culture)
    {
        string[] invariant = Emit(CultureInfo.InvariantCulture);
        string[] other = Emit(CultureInfo.GetCultureInfo(culture));

        Assert.Equal(4, invariant.Length);
        Assert.Contains("8x7B (46.7B parameters)", invariant[1], StringComparison.Ordinal); // [0] is Checkpoints, [1] Models // parsed and printed with '.' as the decimal point
        Assert.Equal(invariant, other);
    }

    private static string[] Emit(CultureInfo culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            GeneratorRun run = GeneratorHarness.Run(CatalogFiles.FromDirectory(TestPaths.Fixture("small")));
            Assert.Empty(run.Diagnostics);
            return run.Result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.SourceText.ToString()).ToArray();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
