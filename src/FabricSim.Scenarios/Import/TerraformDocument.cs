using System.Text.Json;

namespace FabricSim.Scenarios.Import;

/// <summary>
/// The resources of a state or plan in HashiCorp's JSON output format (developer.hashicorp.com/terraform/internals/json-format,
/// read 2026-12-04): <c>format_version</c>, then <c>values</c> (state) or <c>planned_values</c> (plan), each holding
/// <c>root_module.resources</c> and nested <c>child_modules</c>; a plan's <c>configuration</c> holds the references.
/// </summary>
internal static class TerraformDocument
{
    public static TerraformFile Parse(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new TerraformImportException($"not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format_version", out _))
            {
                throw new TerraformImportException("not the output of 'terraform show -json': it has no top-level format_version");
            }
            var planned = TerraformResource.Child(root, "planned_values");
            JsonElement? values = planned ?? TerraformResource.Child(root, "values");
            if (values is not { } found || TerraformResource.Child(found, "root_module") is not { } module)
            {
                throw new TerraformImportException("the Terraform JSON has no values.root_module (state) or planned_values.root_module (plan); run 'terraform show -json' on an applied state or a saved plan");
            }
            var references = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            if (TerraformResource.Child(root, "configuration") is { } configuration && TerraformResource.Child(configuration, "root_module") is { } configured)
            {
                CollectReferences(configured, string.Empty, references);
            }
            var resources = new List<TerraformResource>();
            Collect(module, references, resources, dataOnly: false);
            // A plan's data sources (partner ports, locations) are read during planning and kept in its prior state.
            if (planned is not null && TerraformResource.Child(root, "prior_state") is { } prior
                && TerraformResource.Child(prior, "values") is { } priorValues && TerraformResource.Child(priorValues, "root_module") is { } priorModule)
            {
                Collect(priorModule, references, resources, dataOnly: true);
            }
            return new TerraformFile(resources, IsPlan: planned is not null);
        }
    }

    private static void Collect(JsonElement module, Dictionary<string, Dictionary<string, string>> references, List<TerraformResource> resources, bool dataOnly)
    {
        foreach (var resource in TerraformResource.Items(TerraformResource.Child(module, "resources")))
        {
            string address = TerraformResource.Text(resource, "address") ?? string.Empty;
            string type = TerraformResource.Text(resource, "type") ?? string.Empty;
            string mode = TerraformResource.Text(resource, "mode") ?? "managed";
            if (dataOnly && (mode != "data" || resources.Any(r => r.Address == address)))
            {
                continue;
            }
            // Values outlive the document, so each is cloned out of it.
            var values = resource.TryGetProperty("values", out var v) ? v.Clone() : default;
            resources.Add(new TerraformResource(address, mode, type, values, references.GetValueOrDefault(WithoutIndex(address)) ?? []));
        }
        foreach (var child in TerraformResource.Items(TerraformResource.Child(module, "child_modules")))
        {
            Collect(child, references, resources, dataOnly);
        }
    }

    /// <summary>
    /// Where each VXC end's <c>requested_product_uid</c> points in the configuration, as full addresses (module path
    /// included), so a plan's not-yet-known uids still name the port or MCR they will be.
    /// </summary>
    private static void CollectReferences(JsonElement module, string prefix, Dictionary<string, Dictionary<string, string>> references)
    {
        foreach (var resource in TerraformResource.Items(TerraformResource.Child(module, "resources")))
        {
            string address = prefix + (TerraformResource.Text(resource, "address") ?? string.Empty);
            var ends = new Dictionary<string, string>(StringComparer.Ordinal);
            if (TerraformResource.Child(resource, "expressions") is { } expressions)
            {
                foreach (string end in (string[])["a_end", "b_end"])
                {
                    if (TerraformResource.Child(expressions, end) is { } endExpression && Target(endExpression, "requested_product_uid") is { } target)
                    {
                        ends[end] = prefix + target;
                    }
                }
                foreach (string attribute in (string[])["mcr_id", "dx_gateway_id", "associated_gateway_id", "customer_gateway_id", "transit_gateway_id"])
                {
                    if (Target(expressions, attribute) is { } referenced)
                    {
                        ends[attribute] = prefix + referenced;
                    }
                }
            }
            references[address] = ends;
        }
        if (TerraformResource.Child(module, "module_calls") is { } calls)
        {
            foreach (var call in calls.EnumerateObject())
            {
                if (TerraformResource.Child(call.Value, "module") is { } child)
                {
                    CollectReferences(child, $"{prefix}module.{call.Name}.", references);
                }
            }
        }
    }

    /// <summary>The resource an attribute's expression refers to: of ["megaport_mcr.a.product_uid", "megaport_mcr.a"] the latter.</summary>
    private static string? Target(JsonElement expressions, string attribute) =>
        TerraformResource.Child(expressions, attribute) is { } expression
            ? TerraformResource.Items(TerraformResource.Child(expression, "references")).Select(r => r.GetString())
                .LastOrDefault(r => r is not null && !r.EndsWith(".product_uid", StringComparison.Ordinal) && !r.EndsWith(".id", StringComparison.Ordinal))
            : null;

    private static string WithoutIndex(string address)
    {
        int bracket = address.LastIndexOf('[');
        return bracket > 0 && address.EndsWith(']') ? address[..bracket] : address;
    }
}
