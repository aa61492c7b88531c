using ModelCatalog.Metadata;

namespace ModelCatalog.Tests;

/// <summary>
/// The construction API that generated code calls (the built-in catalog too): records made with the ids they refer
/// to, linked both ways as references when their catalog is built, reverse links kept inside that catalog.
/// </summary>
public sealed class ConstructionApiTests
{
    private const OrganizationId Acme = (OrganizationId)101;
    private const TemplateId AcmeTemplate = (TemplateId)201;
    private const ModelId AcmeBase = (ModelId)301;
    private const ModelId AcmeChat = (ModelId)302;

    [Fact]
    public void A_catalog_of_its_own_links_every_relationship_both_ways()
    {
        CatalogRecords catalog = Build(out Organization acme, out Template template, out Model baseModel, out Model chat);

        Assert.Same(acme, chat.Organization);
        Assert.Same(baseModel, chat.BaseModel);
        Assert.Same(template, Assert.Single(chat.Templates));
        Assert.Equal([baseModel, chat], acme.Models);
        Assert.Equal([AcmeBase, AcmeChat], acme.ModelIds);
        Assert.Equal([chat], template.Models);
        Assert.Equal([chat], baseModel.Derivatives);
        Assert.Empty(chat.Derivatives);
        Assert.Null(baseModel.BaseModel);

        Assert.Same(chat, catalog.Models.Get(AcmeChat));
        Assert.True(catalog.Models.TryFind("ACME chat", out Model? found));
        Assert.Same(chat, found);
        Assert.True(catalog.Organizations.TryFind("acme", out _));
        Assert.False(catalog.Models.TryFind("llama-3", out _));
        Assert.Equal(2, catalog.Models.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => catalog.Models.Get(ModelId.Llama3));
    }

    [Fact]
    public void Reverse_links_stay_inside_the_owning_catalog()
    {
        Organization meta = CatalogMetadataServices.CreateOrganization(OrganizationId.Meta, "meta", "Meta (copy)", [], null, [], null, ["https://example.org/"], null);
        Model tuned = CatalogMetadataServices.CreateModel(AcmeChat, "meta-tuned", "Meta Tuned", [], OrganizationId.Meta, [], [], null, null, [], Modality.Text, true, null, [], ["https://example.org/"], null);
        CatalogMetadataServices.CreateCatalog([meta], [], [tuned]);

        Assert.Equal([tuned], meta.Models);
        Assert.DoesNotContain(Organizations.Meta.Models, m => m.Id == AcmeChat);
        Assert.NotSame(Organizations.Meta, tuned.Organization);
        Assert.Equal(Organizations.Meta, tuned.Organization); // equality is by id
    }

    [Fact]
    public void Relationships_before_the_catalog_is_built_are_an_error()
    {
        Model loose = CatalogMetadataServices.CreateModel(AcmeChat, "loose", "Loose", [], Acme, [], [], null, null, [], Modality.Text, null, null, [], ["https://example.org/"], null);

        Assert.Equal(AcmeChat, loose.Id);
        Assert.Equal(Acme, loose.OrganizationId);
        Assert.Contains("not part of a catalog", Assert.Throws<InvalidOperationException>(() => loose.Organization).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => loose.Templates);
        Assert.Throws<InvalidOperationException>(() => loose.Derivatives);
    }

    [Fact]
    public void A_catalog_refuses_duplicate_ids_unknown_references_and_records_of_another_catalog()
    {
        Organization Org() => CatalogMetadataServices.CreateOrganization(Acme, "acme", "Acme", [], null, [], null, ["https://example.org/"], null);
        Model Chat(OrganizationId organization, ModelId? baseModel = null) =>
            CatalogMetadataServices.CreateModel(AcmeChat, "acme-chat", "Acme Chat", [], organization, [], [], null, null, [], Modality.Text, null, baseModel, [], ["https://example.org/"], null);

        Assert.Contains("Two organizations", Assert.Throws<ArgumentException>(() => CatalogMetadataServices.CreateCatalog([Org(), Org()], [], [])).Message, StringComparison.Ordinal);
        Assert.Contains("organization of model 'acme-chat'", Assert.Throws<ArgumentException>(() => CatalogMetadataServices.CreateCatalog([Org()], [], [Chat(OrganizationId.Meta)])).Message, StringComparison.Ordinal);
        Assert.Contains("base model of model 'acme-chat'", Assert.Throws<ArgumentException>(() => CatalogMetadataServices.CreateCatalog([Org()], [], [Chat(Acme, ModelId.Llama)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CatalogMetadataServices.CreateCatalog([Organizations.Meta], [], []));
    }

    [Fact]
    public void A_catalog_built_over_the_built_in_one_resolves_references_there_and_leaves_it_unchanged()
    {
        Organization acme = CatalogMetadataServices.CreateOrganization(Acme, "acme", "Acme", [], null, [], null, ["https://example.org/"], null);
        Model tuned = CatalogMetadataServices.CreateModel(AcmeChat, "acme-chat", "Acme Chat", [], OrganizationId.Meta, [], [], null, null, [], Modality.Text, true, ModelId.Llama3, [TemplateId.Llama3], ["https://example.org/"], null);
        Checkpoint weights = CatalogMetadataServices.CreateCheckpoint((CheckpointId)401, "acme-llama", "Acme-Llama", [], ModelId.Llama3, null, ParameterCount.Unknown, CheckpointVariant.Quantized, [], [], [], null, null, ["https://example.org/"], null);

        CatalogRecords catalog = CatalogMetadataServices.CreateCatalog(CatalogMetadataServices.BuiltIn, [acme], [], [tuned], [weights]);

        Assert.Same(CatalogMetadataServices.BuiltIn, catalog.Parent);
        Assert.Null(CatalogMetadataServices.BuiltIn.Parent);
        Assert.Same(Organizations.Meta, tuned.Organization);
        Assert.Same(Models.Llama3, tuned.BaseModel);
        Assert.Same(Templates.Llama3, Assert.Single(tuned.Templates));
        Assert.Same(Models.Llama3, weights.Model);
        Assert.Equal(Models.Llama3.Templates, weights.Templates); // none of its own: its model's
        Assert.Empty(acme.Models);
        Assert.DoesNotContain(Organizations.Meta.Models, m => m.Id == AcmeChat);
        Assert.DoesNotContain(Models.Llama3.Derivatives, m => m.Id == AcmeChat);
        Assert.DoesNotContain(Models.Llama3.Checkpoints, c => c.Slug == "acme-llama");
        Assert.False(catalog.Models.TryGet(ModelId.Llama3, out _)); // the catalog's own tables hold its own records only
    }

    [Fact]
    public void A_catalog_built_over_another_refuses_its_ids()
    {
        Model shadow = CatalogMetadataServices.CreateModel(ModelId.Llama3, "llama-3", "My Llama 3", [], OrganizationId.Meta, [], [], null, null, [], Modality.Text, null, null, [], ["https://example.org/"], null);

        ArgumentException refused = Assert.Throws<ArgumentException>(() => CatalogMetadataServices.CreateCatalog(CatalogMetadataServices.BuiltIn, [], [], [shadow], []));
        // 1979146006: llama-3's value in data/README.md's table of enum values.
        Assert.Contains("'llama-3' has the id value 1979146006 of 'llama-3'", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => CatalogMetadataServices.CreateCatalog(null!, [], [], [], []));
    }

    private static CatalogRecords Build(out Organization acme, out Template template, out Model baseModel, out Model chat)
    {
        string[] source = ["https://example.org/acme"];
        acme = CatalogMetadataServices.CreateOrganization(Acme, "acme", "Acme", ["Acme Corp"], "US", ["acme"], "https://example.org", source, null);
        template = CatalogMetadataServices.CreateTemplate(
            AcmeTemplate, "acme-template", "Acme Template", [], "", "{{content}}", SystemPlacement.OwnTurn, "U: {{content}}\n", "A: {{content}}\n",
            "", null, ["</s>"], Modality.Text, null, null, null, source, null);
        baseModel = CatalogMetadataServices.CreateModel(
            AcmeBase, "acme-base", "Acme Base", [], Acme, [new Release(null, new ReleaseDate(2025))], [new ParameterCount("7B", 7_000_000_000, 7_000_000_000, null, false)], null,
            Architecture.Decoder, [Language.English], Modality.Text, true, null, [], source, null);
        chat = CatalogMetadataServices.CreateModel(
            AcmeChat, "acme-chat", "Acme Chat", ["Acme Assistant"], Acme, [], [], null, Architecture.Decoder, [Language.English],
            Modality.Text, true, AcmeBase, [AcmeTemplate], source, null);
        return CatalogMetadataServices.CreateCatalog([acme], [template], [baseModel, chat]);
    }
}
