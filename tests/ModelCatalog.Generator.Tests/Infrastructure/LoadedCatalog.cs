using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace ModelCatalog.Generator.Tests.Infrastructure;

/// <summary>Compiles a generator run's output and loads it in a collectible context, to read generated values back.</summary>
public sealed class LoadedCatalog : IDisposable
{
    private readonly AssemblyLoadContext _context = new("catalog-under-test", isCollectible: true);
    private readonly Assembly _assembly;

    public LoadedCatalog(Compilation compilation)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        _assembly = _context.LoadFromStream(stream);
    }

    /// <summary>A property of a generated record: <c>Get("Models", "Llama3", "Name")</c>.</summary>
    public object? Get(string table, string member, string property)
    {
        Type type = _assembly.GetType("ModelCatalog." + table, throwOnError: true)!;
        object record = type.GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return record.GetType().GetProperty(property)!.GetValue(record);
    }

    public void Dispose() => _context.Unload();
}
