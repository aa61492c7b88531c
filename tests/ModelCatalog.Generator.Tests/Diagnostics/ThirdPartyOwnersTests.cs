using System.Text.RegularExpressions;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Tests.Infrastructure;

namespace ModelCatalog.Generator.Tests.Diagnostics;

/// <summary>The owners MCAT212 accepts besides the makers are the ones data/README.md documents, no more, no fewer.</summary>
public sealed class ThirdPartyOwnersTests
{
    [Fact]
    public void The_list_is_the_readme_table()
    {
        string readme = File.ReadAllText(Path.Combine(TestPaths.DataDirectory, "README.md"));
        int section = readme.IndexOf("### Repository owners", StringComparison.Ordinal);
        Assert.True(section >= 0, "data/README.md has no 'Repository owners' section");
        int end = readme.IndexOf("\n#", section + 1, StringComparison.Ordinal);
        string table = readme[section..(end < 0 ? readme.Length : end)];
        string[] documented = Regex.Matches(table, @"^\| `([^`]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

        Assert.Equal(10, documented.Length);
        Assert.Equal(documented.Order(StringComparer.Ordinal), ThirdPartyOwners.All.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("meta-llama/Llama-3.1-8B-Instruct", true)]
    [InlineData("01-ai/Yi-1.5-9B-Chat", true)]
    [InlineData("THUDM/glm-4-9b-chat", true)]
    [InlineData("a/b", true)]
    [InlineData("Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4", true)]
    [InlineData("Qwen/Qwen..2", false)]
    [InlineData("Qwen/Qwen2-", false)]
    [InlineData("Qwen/Qwen 2", false)]
    [InlineData("Qwen", false)]
    public void Repository_ids(string text, bool valid) => Assert.Equal(valid, RepositoryId.IsValid(text));
}
