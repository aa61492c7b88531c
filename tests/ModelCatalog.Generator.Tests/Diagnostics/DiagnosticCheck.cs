using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Diagnostics;

/// <summary>
/// Runs the generator over a catalog and checks what it reported, in the compiler's terms: id, severity, message
/// and the 1-based line and column that <see cref="Location.GetLineSpan"/> gives. Also checks that the location's
/// character span and its line/column agree and, where asked, which text of the file it covers.
/// </summary>
internal sealed class DiagnosticCheck
{
    private readonly Dictionary<string, SourceText> _texts;

    private DiagnosticCheck(AdditionalText[] files)
    {
        _texts = files.Where(f => f.GetText() is not null).ToDictionary(f => f.Path, f => f.GetText()!, StringComparer.Ordinal);
        Run = GeneratorHarness.Run(files);
    }

    public GeneratorRun Run { get; }

    public static DiagnosticCheck Of(AdditionalText[] files) => new(files);

    public static DiagnosticCheck Of(string? organizations = null, string? templates = null, string? models = null, string? checkpoints = null) =>
        new(CatalogFiles.Create(organizations, templates, models, checkpoints));

    /// <summary>The compiler's one-line format: <c>path(line,col): severity ID: message</c>.</summary>
    public static string Format(Diagnostic d, bool fileNameOnly = false)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        string path = fileNameOnly ? Path.GetFileName(span.Path) : span.Path;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
    }

    public IReadOnlyList<string> Formatted => Run.Diagnostics.Select(d => Format(d)).ToList();

    /// <summary>Asserts that the run reported exactly this one diagnostic and returns it.</summary>
    public Diagnostic Single(string id, DiagnosticSeverity severity, string path, int line, int column, string message, string? pointsAt = null)
    {
        Assert.True(Run.Diagnostics.Length == 1, "expected exactly one diagnostic, got:\n" + string.Join("\n", Formatted));
        Diagnostic d = Run.Diagnostics[0];
        Is(d, id, severity, path, line, column, message, pointsAt);
        return d;
    }

    /// <summary>Asserts that the run reported exactly these diagnostics, in order (compiler format, full paths).</summary>
    public void Exactly(params string[] expected)
    {
        Assert.Equal(expected, Formatted);
        foreach (Diagnostic d in Run.Diagnostics)
        {
            SpanIsConsistent(d);
        }
    }

    /// <summary>Asserts every field of one diagnostic separately, so that a failure names what differs.</summary>
    public void Is(Diagnostic d, string id, DiagnosticSeverity severity, string path, int line, int column, string message, string? pointsAt = null)
    {
        Assert.Equal(id, d.Id);
        Assert.Equal(severity, d.Severity);
        Assert.Equal(message, d.GetMessage(CultureInfo.InvariantCulture));
        FileLinePositionSpan span = d.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Equal(column, span.StartLinePosition.Character + 1);
        SpanIsConsistent(d);
        if (pointsAt is not null)
        {
            Assert.Equal(pointsAt, _texts[path].ToString(d.Location.SourceSpan));
        }
    }

    /// <summary>The character span and the line/column span of a location must describe the same text.</summary>
    private void SpanIsConsistent(Diagnostic d)
    {
        FileLinePositionSpan lineSpan = d.Location.GetLineSpan();
        if (!_texts.TryGetValue(lineSpan.Path, out SourceText? text))
        {
            return;
        }

        LinePositionSpan fromOffsets = text.Lines.GetLinePositionSpan(d.Location.SourceSpan);
        Assert.True(
            fromOffsets.Start == lineSpan.StartLinePosition && fromOffsets.End == lineSpan.EndLinePosition,
            $"{Format(d)}: the character span {d.Location.SourceSpan} is at {fromOffsets} but the location says {lineSpan.Span}");
    }

    /// <summary>
    /// The "one broken row never hides the rest" guarantee: the named members are generated and the generated code
    /// compiles with the runtime without warnings.
    /// </summary>
    public void Generates(string[]? models = null, string[]? organizations = null, string[]? templates = null, string[]? notModels = null)
    {
        string modelSource = Run.Source("ModelCatalog.Models.g.cs");
        foreach (string member in models ?? ["Llama", "Llama3"])
        {
            Assert.Contains($"public static Model {member} => ", modelSource, StringComparison.Ordinal);
        }

        foreach (string member in notModels ?? [])
        {
            Assert.DoesNotContain($"public static Model {member} => ", modelSource, StringComparison.Ordinal);
        }

        string organizationSource = Run.Source("ModelCatalog.Organizations.g.cs");
        foreach (string member in organizations ?? ["Meta", "MistralAi"])
        {
            Assert.Contains($"public static Organization {member} => ", organizationSource, StringComparison.Ordinal);
        }

        string templateSource = Run.Source("ModelCatalog.Templates.g.cs");
        foreach (string member in templates ?? ["Llama3"])
        {
            Assert.Contains($"public static Template {member} => ", templateSource, StringComparison.Ordinal);
        }

        Assert.Empty(Run.CompileErrors());
    }

    public string ModelSource => Run.Source("ModelCatalog.Models.g.cs");
}
