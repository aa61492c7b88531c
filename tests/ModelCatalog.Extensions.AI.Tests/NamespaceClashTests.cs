using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.AI;

namespace ModelCatalog.Extensions.AI.Tests;

/// <summary>
/// A consumer's file that imports both <c>ModelCatalog</c> and <c>Microsoft.Extensions.AI</c> compiles without aliases:
/// every public type of either namespace can be named bare (CS0104 otherwise), and the common code compiles.
/// </summary>
public class NamespaceClashTests
{
    private const string ConsumerFile = """
        using System.Collections.Generic;
        using ModelCatalog;
        using Microsoft.Extensions.AI;

        public static class Consumer
        {
            public static string Prompt()
            {
                List<ChatMessage> history = [new(ChatRole.System, "You are terse."), new(ChatRole.User, "Hi")];
                string fromExtensionsAI = Templates.Llama3.Render(history);
                string fromCatalog = Templates.Llama3.Render([TemplateMessage.User("Hi")]);
                TemplateRole role = TemplateRole.Assistant;
                return fromExtensionsAI + fromCatalog + role + Models.Llama3.Name;
            }
        }
        """;

    [Fact]
    public void A_file_importing_both_namespaces_compiles_without_warnings()
    {
        Assert.Empty(Problems(ConsumerFile, EveryTypeByItsBareName()));
    }

    [Fact]
    public void The_check_sees_a_clash_when_there_is_one()
    {
        // A control: the same compilation with a ChatMessage of our own in ModelCatalog, as before the rename.
        const string clash = "namespace ModelCatalog { public readonly struct ChatMessage { } }";

        Assert.Contains(Problems(ConsumerFile, EveryTypeByItsBareName(), clash), d => d.Id == "CS0104");
    }

    [Fact]
    public void The_bare_names_cover_both_namespaces()
    {
        string names = EveryTypeByItsBareName();

        Assert.Contains("typeof(TemplateMessage)", names, StringComparison.Ordinal);
        Assert.Contains("typeof(ChatMessage)", names, StringComparison.Ordinal);
        Assert.Contains("typeof(ChatMessageTemplateExtensions)", names, StringComparison.Ordinal);
    }

    private static readonly Assembly[] Assemblies = [typeof(Template).Assembly, typeof(ChatMessageTemplateExtensions).Assembly, typeof(ChatMessage).Assembly];

    private static IEnumerable<Type> TypesOfBothNamespaces() =>
        Assemblies
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsNested && (t.Namespace == "ModelCatalog" || t.Namespace == "Microsoft.Extensions.AI"));

    /// <summary>A class that names, by <c>typeof</c>, every public top-level type of both namespaces.</summary>
    private static string EveryTypeByItsBareName()
    {
        IEnumerable<string> names = TypesOfBothNamespaces()
            .Select(t => t.IsGenericType
                ? $"typeof({t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]}<{new string(',', t.GetGenericArguments().Length - 1)}>)"
                : $"typeof({t.Name})")
            .Distinct()
            .Order(StringComparer.Ordinal);

        return $$"""
            using ModelCatalog;
            using Microsoft.Extensions.AI;

            public static class EveryType
            {
                public static readonly System.Type[] All = [{{string.Join(", ", names)}}];
            }
            """;
    }

    private static List<Diagnostic> Problems(params string[] sources)
    {
        MetadataReference[] references =
        [
            .. Net100.References.All,
            .. Assemblies.Select(a => MetadataReference.CreateFromFile(a.Location)),
        ];

        // Naming an [Experimental] type is an error until its id is suppressed; that is not what is checked here.
        var experimental = TypesOfBothNamespaces()
            .Select(t => t.GetCustomAttribute<ExperimentalAttribute>()?.DiagnosticId)
            .OfType<string>()
            .Distinct()
            .ToDictionary(id => id, _ => ReportDiagnostic.Suppress);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, specificDiagnosticOptions: experimental));

        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }
}
