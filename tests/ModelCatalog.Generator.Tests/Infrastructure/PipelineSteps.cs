using Microsoft.CodeAnalysis;

namespace ModelCatalog.Generator.Tests.Infrastructure;

/// <summary>The generator's tracked steps, and how a run went through one of them.</summary>
public static class PipelineSteps
{
    /// <summary>Every step the generator names (<see cref="TrackingNames"/>), in pipeline order.</summary>
    public static readonly string[] All =
    [
        TrackingNames.Tables, TrackingNames.Parse, TrackingNames.Collect, TrackingNames.Settings, TrackingNames.ReferencedCatalog,
        TrackingNames.Link, TrackingNames.Catalog, TrackingNames.Emit, TrackingNames.Diagnostics,
    ];

    public static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
}
