using System.Globalization;
using System.Text;

namespace FabricSim.Scenarios.Import;

/// <summary>
/// Writes an imported fabric as a scenario: one option holding the design as Terraform has it, each line naming the
/// resource it came from, the warnings as comments at the top, and a commented traffic example, since Terraform
/// holds no traffic.
/// </summary>
internal static class ImportedScenarioWriter
{
    public static string Write(ImportedFabric fabric, string scenarioName, string optionName, string commandLine, string kind)
    {
        var text = new StringBuilder();
        Line(text, $"# Imported by: {commandLine}");
        Line(text, $"# From a Terraform {kind} (terraform show -json): the Megaport design as one option. Sites are made from ports,");
        Line(text, "# one per port, and clouds from the VXCs' partner configurations; neither has prefixes in Terraform, so add them.");
        if (fabric.Warnings.Count > 0)
        {
            Line(text, $"# {fabric.Warnings.Count} warning(s): what could not be mapped as written");
            foreach (var warning in fabric.Warnings)
            {
                Line(text, "#   " + OneLine(warning.ToString()));
            }
        }
        Line(text, $"name: {scenarioName}");
        Line(text, $"description: Imported from Terraform ({fabric.Ports.Count} ports, {fabric.Mcrs.Count} MCRs, {fabric.Vxcs.Count} VXCs)");
        Line(text, "");
        Line(text, "run: {duration: 10s, warmup: 1s, seed: 1, replications: 3}");
        Line(text, "");
        if (fabric.Ports.Count == 0)
        {
            Line(text, "sites: []");
        }
        Section(text, "sites:", "  - ", fabric.Ports, port => $"{{name: {port.Site}, pop: {port.Pop}}}  # the site behind {port.Address}");
        if (fabric.Clouds.Count > 0)
        {
            Line(text, "");
        }
        Section(text, "clouds:", "  - ", fabric.Clouds,
            cloud => $"{{name: {cloud.Name}, provider: {cloud.Provider}, region: {cloud.Region}{(cloud.OnRamp is null ? "" : $", on_ramp: {cloud.OnRamp}")}}}");
        Line(text, "");
        Line(text, "options:");
        Line(text, $"  - name: {optionName}");
        Line(text, "    description: as deployed in Terraform");
        Line(text, $"    term_months: {fabric.TermMonths}");
        Section(text, "    ports:", "      - ", fabric.Ports,
            port => $"{{name: {port.Name}, site: {port.Site}, pop: {port.Pop}, speed: {TerraformImporter.Rate(port.SpeedMbps)}{(port.LagMembers > 1 ? $", lag: {port.LagMembers}" : "")}}}  # {port.Address}");
        Section(text, "    mcrs:", "      - ", fabric.Mcrs,
            mcr => $"{{name: {mcr.Name}, pop: {mcr.Pop}, rate: {TerraformImporter.Rate(mcr.RateMbps)}{(mcr.Asn is { } asn ? $", asn: {Number(asn)}" : "")}}}  # {mcr.Address}");
        if (fabric.PrefixLists.Count > 0)
        {
            Line(text, "    prefix_lists:");
            foreach (var list in fabric.PrefixLists)
            {
                Line(text, $"      - name: {list.Name}  # {list.Address}");
                Line(text, "        rules:");
                foreach (var rule in list.Rules)
                {
                    string ge = rule.Ge is { } g ? $", ge: {Number(g)}" : string.Empty;
                    string le = rule.Le is { } l ? $", le: {Number(l)}" : string.Empty;
                    Line(text, $"          - {{action: {rule.Action}, prefix: {rule.Prefix}{ge}{le}}}");
                }
            }
        }
        if (fabric.Vxcs.Count > 0)
        {
            Line(text, "    vxcs:");
            foreach (var vxc in fabric.Vxcs)
            {
                Line(text, $"      - name: {vxc.Name}  # {vxc.Address}");
                Line(text, $"        a: {vxc.A}");
                Line(text, $"        b: {vxc.B}");
                Line(text, $"        rate: {TerraformImporter.Rate(vxc.RateMbps)}");
                if (vxc.Landing is { } landing)
                {
                    Line(text, $"        cloud: {{{Landing(landing)}}}");
                }
                if (vxc.Bgp is { } bgp && Bgp(bgp) is { Length: > 0 } settings)
                {
                    Line(text, $"        bgp: {{{settings}}}");
                }
            }
        }
        Section(text, "    internet_vxcs:", "      - ", fabric.InternetVxcs,
            vxc => $"{{name: {vxc.Name}, a: {vxc.End}, rate: {TerraformImporter.Rate(vxc.RateMbps)}, reaches: []}}  # {vxc.Address}; list the sites it reaches");
        Section(text, "    ix_connections:", "      - ", fabric.IxConnections,
            ix => $"{{name: {ix.Name}, port: {ix.Port}, exchange: {ix.Exchange}, rate: {TerraformImporter.Rate(ix.RateMbps)}{(ix.Asn is { } asn ? $", asn: {Number(asn)}" : "")}{(ix.Vlan is { } vlan ? $", vlan: {Number(vlan)}" : "")}, peers: []}}  # {ix.Address}; list the peers");
        Section(text, "    vpns:", "      - ", fabric.Vpns,
            vpn => $"{{name: {vpn.Name}, site: {vpn.Site}, cloud: {vpn.Cloud}, internet_access: 1Gbps, gateway: {vpn.Gateway}{(vpn.StaticRouting ? ", routing: static" : "")}}}  # {vpn.Address}");
        Line(text, "");
        Line(text, "# Terraform holds no traffic, so this file has none and a run reports cost only. Add the demands this design");
        Line(text, fabric.Ports.Count > 0
            ? "# must carry, for example:"
            : "# must carry, after a site with a port and a VXC to an MCR (Terraform has no port here), for example:");
        Line(text, "# traffic:");
        string from = fabric.Ports.Count > 0 ? fabric.Ports[0].Site : "your-dc";
        string to = fabric.Clouds.Count > 0 ? fabric.Clouds[0].Name : fabric.Ports.Count > 1 ? fabric.Ports[1].Site : "your-cloud";
        Line(text, $"#   - {{name: app, from: {from}, to: {to}, type: poisson, rate: 100Mbps, packet_size: 1000B}}");
        return text.ToString();
    }

    /// <summary>A list under its key, one flow-style item a line; nothing at all when there are no items.</summary>
    private static void Section<T>(StringBuilder text, string key, string indent, IReadOnlyList<T> items, Func<T, string> item)
    {
        if (items.Count == 0)
        {
            return;
        }
        Line(text, key);
        foreach (var each in items)
        {
            Line(text, indent + item(each));
        }
    }

    private static string Landing(ImportedLanding landing)
    {
        var parts = new List<string> { $"type: {landing.Type}" };
        if (landing.Vif is { } vif)
        {
            parts.Add($"vif: {vif}");
        }
        if (landing.Link is { } link)
        {
            parts.Add($"link: {link}");
        }
        if (landing.DxGateway is { } gateway)
        {
            parts.Add($"dx_gateway: {gateway}");
        }
        if (landing.PortSpeedMbps is { } speed)
        {
            parts.Add($"port_speed: {TerraformImporter.Rate(speed)}");
        }
        return string.Join(", ", parts);
    }

    private static string Bgp(ImportedBgp bgp)
    {
        var parts = new List<string>();
        Add(parts, "peer_asn", bgp.PeerAsn);
        if (bgp.Import is { } import)
        {
            parts.Add($"import: {import}");
        }
        if (bgp.Export is { } export)
        {
            parts.Add($"export: {export}");
        }
        Add(parts, "as_path_prepend", bgp.AsPathPrepend);
        Add(parts, "med", bgp.Med);
        if (bgp.Bfd is { } bfd)
        {
            parts.Add($"bfd: {(bfd ? "true" : "false")}");
        }
        return string.Join(", ", parts);
    }

    private static void Add(List<string> parts, string key, long? value)
    {
        if (value is { } v)
        {
            parts.Add($"{key}: {Number(v)}");
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
