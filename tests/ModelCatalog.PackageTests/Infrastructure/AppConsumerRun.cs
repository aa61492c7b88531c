namespace ModelCatalog.PackageTests.Infrastructure;

/// <summary>
/// A console consumer built once and, when it built, run, for the facts of one test class: its build, its run and the
/// <c>key=value</c> lines it printed. Built when xunit initializes the fixture, or on first use where a class overrides
/// <see cref="InitializeAsync"/> (xunit creates a class fixture even when every test of the class is skipped).
/// </summary>
public abstract class AppConsumerRun : IAsyncLifetime
{
    private readonly ConsumerWorkspace _workspace = new();
    private readonly Lazy<Task> _built;

    protected AppConsumerRun() => _built = new Lazy<Task>(BuildAndRunAsync);

    public DotNet.Result Build { get; private set; } = null!;

    public DotNet.Result Run { get; private set; } = null!;

    public string ConsumerDirectory { get; private set; } = null!;

    public string PackagesFolder => _workspace.PackagesFolder;

    public IReadOnlyDictionary<string, string> Facts { get; private set; } = new Dictionary<string, string>();

    /// <summary>Completes once the consumer has been built and, if it built, run.</summary>
    public Task BuiltAsync() => _built.Value;

    public virtual Task InitializeAsync() => BuiltAsync();

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Asserts that the consumer built and ran, and printed <paramref name="expected"/> for <paramref name="key"/>.</summary>
    public void AssertFact(string key, string expected)
    {
        AssertRan();
        Assert.True(Facts.TryGetValue(key, out string? actual), $"The consumer printed no '{key}':\n{Run}");
        Assert.Equal(expected, actual);
    }

    public void AssertRan()
    {
        Assert.True(Build.ExitCode == 0, Build.ToString());
        Assert.True(Run.ExitCode == 0, Run.ToString());
    }

    /// <summary>Writes the consumer's project into the workspace and returns its folder.</summary>
    protected abstract string CreateConsumer(ConsumerWorkspace workspace);

    private async Task BuildAndRunAsync()
    {
        ConsumerDirectory = CreateConsumer(_workspace);
        Build = await _workspace.BuildAsync(ConsumerDirectory);
        if (Build.ExitCode == 0)
        {
            (Run, Facts) = await ConsumerWorkspace.RunAppAsync(ConsumerDirectory);
        }
    }
}
