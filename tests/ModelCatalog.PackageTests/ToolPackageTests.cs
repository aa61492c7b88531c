using System.Diagnostics;
using System.Runtime.InteropServices;
using ModelCatalog.PackageTests.Infrastructure;

namespace ModelCatalog.PackageTests;

/// <summary>
/// The modelcatalog tool as a user gets it: the ModelCatalog.Cli package is installed with
/// <c>dotnet tool install --tool-path</c> from a local feed holding only that package (nothing else can be fetched),
/// and the installed command is run.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class ToolPackageTests : IClassFixture<ToolPackageTests.InstalledTool>
{
    private const string PackageId = "ModelCatalog.Cli";

    private readonly InstalledTool _tool;

    public ToolPackageTests(InstalledTool tool) => _tool = tool;

    /// <summary>Installs the tool once for all the facts below.</summary>
    public sealed class InstalledTool : IAsyncLifetime
    {
        private readonly string _root = Directory.CreateTempSubdirectory("modelcatalog-tool-").FullName;

        public DotNet.Result Install { get; private set; } = null!;

        public string Command => Path.Combine(_root, "tools", OperatingSystem.IsWindows() ? "modelcatalog.exe" : "modelcatalog");

        public async Task InitializeAsync()
        {
            string feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
            File.Copy(ToolAndAdapterPackages.CliNupkgPath, Path.Combine(feed, Path.GetFileName(ToolAndAdapterPackages.CliNupkgPath)));
            // Only the local feed: the install must not need (or find) anything elsewhere.
            string config = Path.Combine(_root, "nuget.config");
            File.WriteAllText(config, """
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                  </packageSources>
                </configuration>
                """);

            Install = await DotNet.RunAsync(
                _root,
                "tool", "install", "--tool-path", Path.Combine(_root, "tools"), "--configfile", config, "--add-source", feed,
                PackageId, "--version", ToolAndAdapterPackages.Version(ToolAndAdapterPackages.CliNupkgPath, PackageId));
        }

        /// <summary>Runs the installed command; standard output and error apart.</summary>
        public async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] arguments)
        {
            Assert.True(Install.ExitCode == 0, Install.ToString());
            var start = new ProcessStartInfo(Command)
            {
                WorkingDirectory = _root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The command's launcher looks for the runtime in DOTNET_ROOT or the default places: point it at the one running these tests.
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ROOT")))
            {
                start.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
            }

            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
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
    }

    [Fact]
    public void The_tool_is_versioned_like_the_library_and_carries_a_readme()
    {
        Assert.Equal(PackageUnderTest.Version, ToolAndAdapterPackages.Version(ToolAndAdapterPackages.CliNupkgPath, PackageId));
        var metadata = ToolAndAdapterPackages.NuspecMetadata(ToolAndAdapterPackages.CliNupkgPath, PackageId);
        Assert.Equal("README.md", metadata.Elements().Single(e => e.Name.LocalName == "readme").Value);
        Assert.Contains("modelcatalog render llama3", PackageUnderTest.ReadText(ToolAndAdapterPackages.CliNupkgPath, "README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_installs_from_the_local_feed_alone()
    {
        Assert.True(_tool.Install.ExitCode == 0, _tool.Install.ToString());
        Assert.True(File.Exists(_tool.Command), $"{_tool.Command} was not installed:\n{_tool.Install}");
    }

    [Fact]
    public async Task The_installed_tool_lists_the_models()
    {
        (int exitCode, string output, string error) = await _tool.RunAsync("list");

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{output}\n{error}");
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Meta's Llama 3 (https://ai.meta.com/blog/meta-llama-3/, April 2024), one row of the table.
        string row = Assert.Single(lines, line => line.StartsWith("llama-3 ", StringComparison.Ordinal));
        Assert.Matches(@"^llama-3\s+Llama 3\s+Meta\s+2024-04\s", row);
        Assert.True(lines.Length > 50, $"only {lines.Length} lines:\n{output}");
    }

    [Fact]
    public async Task The_installed_tool_renders_the_Llama_3_prompt()
    {
        (int exitCode, string output, string error) = await _tool.RunAsync("render", "llama3", "--user", "hi");

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{output}\n{error}");
        // Meta's Llama 3 prompt format (https://www.llama.com/docs/model-cards-and-prompt-formats/meta-llama-3/) for
        // one user message, ready for the reply; the tool ends its output with a line break.
        Assert.Equal(
            "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nhi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n" + Environment.NewLine,
            output);
        Assert.Equal(string.Empty, error);
    }
}
