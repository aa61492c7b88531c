using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// What the package hands the consumer's compiler (analyzers/dotnet/cs) can be loaded by every compiler from Roslyn
/// 4.8 on: netstandard2.0 assemblies, built against Roslyn 4.8 at most (a newer one is CS9057 in an older compiler),
/// whose every reference is either shipped beside them or loaded by the compiler host itself.
/// </summary>
public sealed class AnalyzerAssemblyTests
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    /// <summary>
    /// What a Roslyn 4.8 compiler host already has: the netstandard facade, the compiler, and the netstandard2.0
    /// dependencies of Microsoft.CodeAnalysis.Common 4.8.0 (its nuspec) with theirs (System.Memory 4.5.5 brings
    /// System.Buffers and System.Numerics.Vectors), at the assembly versions those packages carry. The .NET SDK's
    /// compiler finds them in the shared framework, Visual Studio's and MSBuild's beside csc.exe with binding
    /// redirects up to these versions. Microsoft.Bcl.AsyncInterfaces is not among them, so it ships. The code-fix
    /// assembly also needs the Workspaces layer and MEF (System.Composition), which only the IDE loads it into (the
    /// compiler skips an assembly without analyzers or generators). It is built against System.Composition 8.0.0.0
    /// because this feed serves no 7.0.0 (what Workspaces 4.8 asks for): an IDE whose MEF is older than 8.0 may not load
    /// the code fixes (not checked here); the analyzer is unaffected.
    /// </summary>
    private static readonly Dictionary<string, Version> s_hostAssemblies = new(StringComparer.Ordinal)
    {
        ["netstandard"] = new(2, 0, 0, 0),
        ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.Workspaces"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new(4, 8, 0, 0),
        ["System.Composition.AttributedModel"] = new(8, 0, 0, 0),
        ["System.Collections.Immutable"] = new(7, 0, 0, 0),
        ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
        ["System.Text.Encoding.CodePages"] = new(7, 0, 0, 0),
        ["System.Memory"] = new(4, 0, 1, 2),
        ["System.Buffers"] = new(4, 0, 3, 0),
        ["System.Numerics.Vectors"] = new(4, 1, 4, 0),
        ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
        ["System.Threading.Tasks.Extensions"] = new(4, 2, 0, 1),
    };

    public static TheoryData<string> ShippedAssemblies() => new(ShippedEntries());

    private static IEnumerable<string> ShippedEntries() =>
        PackageUnderTest.Files(PackageUnderTest.NupkgPath).Where(f => f.StartsWith(AnalyzerFolder, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Each_assembly_for_the_compiler_is_netstandard2_0(string entry)
    {
        AssemblyFacts facts = Read(entry);

        Assert.Equal(".NETStandard,Version=v2.0", facts.TargetFramework);
    }

    [Fact]
    public void The_generator_is_built_against_Roslyn_4_8_so_compilers_from_4_8_on_load_it()
    {
        AssemblyFacts generator = Read(AnalyzerFolder + "ModelCatalog.Generator.dll");

        Assert.Equal(new Version(4, 8, 0, 0), generator.References["Microsoft.CodeAnalysis"]);
        Assert.Equal(new Version(4, 8, 0, 0), generator.References["Microsoft.CodeAnalysis.CSharp"]);
        Assert.Equal(new Version(34, 0, 0, 0), generator.References["CsvHelper"]);
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Every_reference_is_shipped_beside_it_or_loaded_by_the_compiler_host(string entry)
    {
        Dictionary<string, Version> shipped = ShippedEntries()
            .Select(Read)
            .ToDictionary(a => a.Name, a => a.Version, StringComparer.Ordinal);

        foreach ((string name, Version wanted) in Read(entry).References)
        {
            Version? available = shipped.TryGetValue(name, out Version? beside) ? beside : s_hostAssemblies.GetValueOrDefault(name);
            Assert.True(available is not null, $"{entry} needs {name} {wanted}, which neither the package nor a Roslyn 4.8 host provides");
            Assert.True(wanted <= available, $"{entry} needs {name} {wanted}; only {available} is available");
        }
    }

    [Fact]
    public void The_generators_dependencies_are_the_ones_its_csv_reader_needs_and_no_more()
    {
        // CsvHelper's netstandard2.0 build needs Microsoft.Bcl.AsyncInterfaces 8.0.0 (its nuspec), which no compiler host
        // loads; System.Memory, its other dependency, every host already has.
        Assert.Contains("Microsoft.Bcl.AsyncInterfaces", Read(AnalyzerFolder + "CsvHelper.dll").References.Keys);
        Assert.Contains("System.Memory", Read(AnalyzerFolder + "CsvHelper.dll").References.Keys);
        Assert.DoesNotContain(ShippedEntries(), entry => entry.EndsWith("System.Memory.dll", StringComparison.Ordinal));
    }

    private sealed record AssemblyFacts(string Name, Version Version, string? TargetFramework, Dictionary<string, Version> References);

    private static AssemblyFacts Read(string entry)
    {
        using var pe = new PEReader(new MemoryStream(PackageUnderTest.ReadBytes(PackageUnderTest.NupkgPath, entry)));
        MetadataReader reader = pe.GetMetadataReader();
        AssemblyDefinition definition = reader.GetAssemblyDefinition();
        var references = reader.AssemblyReferences
            .Select(reader.GetAssemblyReference)
            .ToDictionary(r => reader.GetString(r.Name), r => r.Version, StringComparer.Ordinal);
        return new AssemblyFacts(reader.GetString(definition.Name), definition.Version, TargetFramework(reader, definition), references);
    }

    /// <summary>The [TargetFramework] attribute's name, read from metadata without loading the assembly.</summary>
    private static string? TargetFramework(MetadataReader reader, AssemblyDefinition definition)
    {
        foreach (CustomAttribute attribute in definition.GetCustomAttributes().Select(reader.GetCustomAttribute))
        {
            if (attribute.Constructor.Kind == HandleKind.MemberReference
                && reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) == "TargetFrameworkAttribute")
            {
                BlobReader value = reader.GetBlobReader(attribute.Value);
                value.ReadUInt16(); // prolog
                return value.ReadSerializedString();
            }
        }

        return null;
    }
}
