using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>
/// The shapes of a PoP and a backbone link. pops.yaml and a scenario's own pops and backbone links are written the
/// same way, so the catalog reader and the scenario reader share these.
/// </summary>
internal static class CatalogShapes
{
    private static readonly string[] Providers = ["aws", "azure", "google", "oracle", "ibm"];

    public static readonly Shape Pop = new Shape("pop", "A PoP added to the catalog for this scenario.")
        .Add(new("code", FieldKind.String, "unique PoP code", "SYD9", Required: true))
        .Add(new("city", FieldKind.String, "metro name", "Sydney"))
        .Add(new("country", FieldKind.String, "ISO 3166 country code", "AU"))
        .Add(new("region", FieldKind.String, "pricing region (apac, americas, emea) of cloud data transfer", "apac"))
        .Add(new("zone", FieldKind.String, "Megaport VXC pricing zone (default: a zone of its own)", "AU East"))
        .Add(new("continent", FieldKind.String, "continent, for intercontinental VXC pricing (default: its region)", "oceania"))
        .Add(new("lat", FieldKind.Number, "latitude, decimal degrees", "-33.92", Required: true))
        .Add(new("lon", FieldKind.Number, "longitude, decimal degrees", "151.19", Required: true))
        .Add(new("on_ramps", FieldKind.StringList, "clouds with an on-ramp here", "[aws, azure]", Values: Providers));

    public static readonly Shape BackboneLink = new Shape("backbone_link", "A backbone link added or overridden.")
        .Add(new("between", FieldKind.StringList, "the two PoP codes it joins", "[SYD1, MEL1]", Required: true))
        .Add(new("rate", FieldKind.Rate, "capacity per direction", "100Gbps", Aliases: ["capacity", "bandwidth", "speed"]))
        .Add(new("route_factor", FieldKind.Number, "fibre length / great-circle distance", "1.5"))
        .Add(new("delay", FieldKind.Duration, "one-way propagation delay, overriding distance", "5ms"))
        .Add(new("remove", FieldKind.Boolean, "drop this catalog link", "true"));
}
