namespace FabricSim.Architecture.Tests;

/// <summary>The type-name and public-surface rules on small synthetic source sets with a known answer.</summary>
public sealed class TypeRulesTests
{
    private static List<DeclaredType> Read(params (string Path, string Text)[] files) =>
        TypeDeclarations.Read(files.Select(f => new SourceFile(f.Path, f.Text)));

    [Fact]
    public void A_name_declared_in_two_projects_is_reported_with_both_places()
    {
        var types = Read(
            ("src/FabricSim.Network/Access/Vxc.cs", "namespace FabricSim.Network.Access;\npublic sealed class Vxc { }"),
            ("src/FabricSim.Scenarios/Model/Vxc.cs", "namespace FabricSim.Scenarios.Model;\n\npublic sealed record Vxc(string Name);"));

        string message = Assert.Single(ArchitectureRules.DuplicateTypeNames(types));

        Assert.Contains("'Vxc' is declared 2 times", message);
        Assert.Contains("FabricSim.Network.Access.Vxc (src/FabricSim.Network/Access/Vxc.cs:2)", message);
        Assert.Contains("FabricSim.Scenarios.Model.Vxc (src/FabricSim.Scenarios/Model/Vxc.cs:3)", message);
    }

    [Fact]
    public void Private_nested_types_and_the_parts_of_a_partial_type_are_not_duplicates()
    {
        var types = Read(
            ("src/FabricSim.Network/A.cs", "namespace FabricSim.Network;\ninternal sealed class A { private sealed record Probe(long Sequence); }\npublic partial class P { }"),
            ("src/FabricSim.Network/B.cs", "namespace FabricSim.Network;\ninternal sealed class B { sealed class Probe { } }\npartial class P { }"));

        Assert.Empty(ArchitectureRules.DuplicateTypeNames(types));
    }

    [Fact]
    public void A_nested_type_visible_outside_its_container_counts_as_a_name()
    {
        var types = Read(
            ("src/FabricSim.Network/A.cs", "namespace FabricSim.Network;\ninternal sealed class A { internal sealed class Probe { } }"),
            ("src/FabricSim.Network/Probe.cs", "namespace FabricSim.Network;\ninternal sealed class Probe { }"));

        Assert.Contains("'Probe' is declared 2 times", Assert.Single(ArchitectureRules.DuplicateTypeNames(types)));
    }

    [Fact]
    public void Public_types_are_those_visible_to_other_assemblies()
    {
        var types = Read(
            ("src/FabricSim.Network/Units/DataRate.cs", """
                namespace FabricSim.Network.Units;

                public readonly record struct DataRate(long BitsPerSecond)
                {
                    public enum Unit { Bits, Bytes }
                    internal sealed class Parser { public sealed class Token { } }
                }

                internal sealed class Hidden { public sealed class AlsoHidden { } }
                public delegate void Changed<T>(T value);
                public partial class Split { }
                """),
            ("src/FabricSim.Network/Units/Split.cs", "namespace FabricSim.Network.Units;\npartial class Split { }"),
            ("src/FabricSim.Engine/Time/SimTime.cs", "namespace FabricSim.Engine.Time;\npublic readonly struct SimTime { }"));

        Assert.Equal(
            ["FabricSim.Network.Units.Changed`1", "FabricSim.Network.Units.DataRate", "FabricSim.Network.Units.DataRate+Unit", "FabricSim.Network.Units.Split"],
            ArchitectureRules.PublicTypes(types, "FabricSim.Network"));
    }
}
