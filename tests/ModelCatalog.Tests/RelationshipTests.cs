namespace ModelCatalog.Tests;

/// <summary>Every relationship of the shipped catalog holds both ways.</summary>
public sealed class RelationshipTests
{
    [Fact]
    public void Every_model_is_among_its_organizations_models_and_nowhere_else()
    {
        foreach (Organization organization in Organizations.All)
        {
            Assert.Equal(
                Models.All.Where(m => m.OrganizationId == organization.Id).Select(m => m.Id),
                organization.Models.Select(m => m.Id));
        }
    }

    [Fact]
    public void Every_template_lists_exactly_the_models_that_use_it()
    {
        foreach (Template template in Templates.All)
        {
            Assert.Equal(
                Models.All.Where(m => m.TemplateIds.Contains(template.Id)).Select(m => m.Id),
                template.Models.Select(m => m.Id));
        }

        Assert.Equal([TemplateId.Llama3], Models.Llama3.TemplateIds);
        Assert.Same(Templates.Llama3, Models.Llama3.Templates[0]);
    }

    [Fact]
    public void Derivatives_are_the_inverse_of_base_models_and_no_chain_loops()
    {
        foreach (Model model in Models.All)
        {
            Assert.Equal(
                Models.All.Where(m => m.BaseModelId == model.Id).Select(m => m.Id),
                model.Derivatives.Select(m => m.Id));

            var seen = new HashSet<ModelId>();
            for (Model? current = model; current is not null; current = current.BaseModel)
            {
                Assert.True(seen.Add(current.Id), $"base chain of {model.Slug} loops");
            }
        }

        Assert.Contains(Models.Alpaca, Models.Llama.Derivatives);
        Assert.Same(Models.Gpt3_5, Models.Chatgpt.BaseModel);
        Assert.Null(Models.Gpt4.BaseModel);
    }

    [Fact]
    public void Every_entity_cites_an_absolute_http_source()
    {
        IEnumerable<ICatalogEntry> all = Models.All.Cast<ICatalogEntry>().Concat(Organizations.All).Concat(Templates.All);
        Assert.All(all, e =>
        {
            Assert.NotEmpty(e.Sources);
            Assert.All(e.Sources, s => Assert.True(s.IsAbsoluteUri && s.Scheme.StartsWith("http", StringComparison.Ordinal), $"{e.Slug}: {s}"));
        });
    }

    [Fact]
    public void No_name_or_alias_leads_to_two_models()
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Model model in Models.All)
        {
            foreach (string key in model.Aliases.Append(model.Name).Append(model.Slug).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                Assert.True(owners.TryAdd(key, model.Slug), $"'{key}' names {owners.GetValueOrDefault(key)} and {model.Slug}");
            }
        }

        Assert.True(owners.Count > Models.Count * 2);
    }
}
