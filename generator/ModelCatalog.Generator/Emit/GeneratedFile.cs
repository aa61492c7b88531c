namespace ModelCatalog.Generator.Emit;

/// <summary>One emitted source file: its hint name and its text.</summary>
public sealed record GeneratedFile(string HintName, string Text);
