using System.Text.Json;
using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// A console app that references only the ModelCatalog.Extensions.AI package (ModelCatalog comes with it) and imports
/// both <c>ModelCatalog</c> and <c>Microsoft.Extensions.AI</c>: restored from a local feed holding just the packages
/// it needs, built with warnings as errors, run, and each prompt it prints checked against the template's reference format.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class ExtensionsAIConsumerTests : IClassFixture<ExtensionsAIConsumerTests.AppRun>
{
    private const string AdapterId = "ModelCatalog.Extensions.AI";

    private readonly AppRun _run;

    public ExtensionsAIConsumerTests(AppRun run) => _run = run;

    /// <summary>Builds and runs the ExtensionsAI consumer once for all the facts below.</summary>
    public sealed class AppRun : IAsyncLifetime
    {
        private readonly string _root = Directory.CreateTempSubdirectory("modelcatalog-extensions-ai-").FullName;

        public DotNet.Result Build { get; private set; } = null!;

        public DotNet.Result? Run { get; private set; }

        public string PackagesFolder => Path.Combine(_root, "packages");

        public IReadOnlyDictionary<string, string> Facts { get; private set; } = new Dictionary<string, string>();

        public async Task InitializeAsync()
        {
            string feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
            foreach (string package in new[] { PackageUnderTest.NupkgPath, ToolAndAdapterPackages.ExtensionsAINupkgPath, AbstractionsPackage() })
            {
                File.Copy(package, Path.Combine(feed, Path.GetFileName(package)));
            }

            File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                  <fallbackPackageFolders>
                    <clear />
                  </fallbackPackageFolders>
                </configuration>
                """);
            // Stop MSBuild's search for Directory.Build.* files above this folder.
            File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />");

            string app = Directory.CreateDirectory(Path.Combine(_root, "ExtensionsAI")).FullName;
            File.WriteAllText(Path.Combine(app, "ExtensionsAI.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <RestorePackagesPath>{PackagesFolder}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="{AdapterId}" Version="[{ToolAndAdapterPackages.Version(ToolAndAdapterPackages.ExtensionsAINupkgPath, AdapterId)}]" />
                  </ItemGroup>
                </Project>
                """);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", "ExtensionsAI", "Program.cs"), Path.Combine(app, "Program.cs"));

            Build = await DotNet.RunAsync(app, "build", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false");
            if (Build.ExitCode != 0)
            {
                return;
            }

            Run = await DotNet.RunAsync(app, Path.Combine("bin", "Release", "net10.0", "ExtensionsAI.dll"));
            Facts = Run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split('=', 2))
                .Where(parts => parts.Length == 2)
                .ToDictionary(parts => parts[0], parts => JsonSerializer.Deserialize<string>(parts[1])!);
        }

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing a run for.
            }

            return Task.CompletedTask;
        }

        /// <summary>The Microsoft.Extensions.AI.Abstractions package the adapter depends on, from the NuGet package folder this build restored it into.</summary>
        private static string AbstractionsPackage()
        {
            var dependency = ToolAndAdapterPackages.NuspecMetadata(ToolAndAdapterPackages.ExtensionsAINupkgPath, AdapterId)
                .Descendants().First(e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value == "Microsoft.Extensions.AI.Abstractions");
            string version = dependency.Attribute("version")!.Value;
            string id = "microsoft.extensions.ai.abstractions";
            return Path.Combine(ToolAndAdapterPackages.NuGetPackageRoot, id, version, $"{id}.{version}.nupkg");
        }
    }

    [Fact]
    public void The_adapter_is_versioned_like_the_library_and_depends_on_it()
    {
        var metadata = ToolAndAdapterPackages.NuspecMetadata(ToolAndAdapterPackages.ExtensionsAINupkgPath, AdapterId);

        Assert.Equal(PackageUnderTest.Version, metadata.Elements().Single(e => e.Name.LocalName == "version").Value);
        Assert.Contains(metadata.Descendants(), e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value == "ModelCatalog" && e.Attribute("version")?.Value == PackageUnderTest.Version);
        Assert.Equal("README.md", metadata.Elements().Single(e => e.Name.LocalName == "readme").Value);
    }

    [Fact]
    public void The_core_package_does_not_depend_on_Microsoft_Extensions_AI()
    {
        Assert.DoesNotContain(PackageUnderTest.NuspecMetadata.Descendants(), e => e.Name.LocalName == "dependency" && (e.Attribute("id")?.Value ?? "").StartsWith("Microsoft.Extensions.AI", StringComparison.Ordinal));
    }

    [Fact]
    public void The_consumer_builds_and_runs_with_both_namespaces_imported()
    {
        Assert.True(_run.Build.ExitCode == 0, _run.Build.ToString());
        Assert.True(_run.Run is { ExitCode: 0 }, _run.Run?.ToString());
        Assert.True(Directory.Exists(Path.Combine(_run.PackagesFolder, "modelcatalog")), "ModelCatalog did not come with the adapter.");
    }

    // Meta's Llama 3 prompt format (https://www.llama.com/docs/model-cards-and-prompt-formats/meta-llama-3/).
    [Theory]
    [InlineData("llama3", "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nYou are terse.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n")]
    [InlineData("catalog-messages", "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n")]
    // LLaMA-Factory v0.9.2 template.py, llava: default system, "USER: {{content}} ASSISTANT:", image token <image>.
    [InlineData("llava-image", "A chat between a curious user and an artificial intelligence assistant. The assistant gives helpful, detailed, and polite answers to the user's questions.USER: <image>What is this? ASSISTANT:")]
    public void The_consumer_renders_the_reference_prompt(string key, string expected)
    {
        Assert.True(_run.Facts.TryGetValue(key, out string? actual), $"no '{key}' in the output:\n{_run.Run?.Output ?? _run.Build.ToString()}");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_tool_call_is_an_error_in_the_consumer_too()
    {
        Assert.True(_run.Facts.TryGetValue("tool-call", out string? message), _run.Run?.Output ?? _run.Build.ToString());
        Assert.StartsWith("Message 1 (assistant), content 0: a tool call to 'get_weather' (FunctionCallContent) cannot be rendered", message, StringComparison.Ordinal);
    }
}
