using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Tests.Loading;

public class BundledScenarioTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string file in RepositoryFiles.BundledScenarios)
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void All_ten_bundled_scenarios_are_present()
    {
        var names = RepositoryFiles.BundledScenarios.Select(Path.GetFileName).ToList();
        Assert.Equal(["cloud-to-cloud-vpn.yaml", "dx-resiliency.yaml", "frankfurt-vpn-to-dx-gateway.yaml", "growth-what-if.yaml", "hub-vs-mesh.yaml", "long-haul-replication.yaml", "multicloud-bgp.yaml", "one-vs-two-mcr.yaml", "sdci-vs-ipsec.yaml", "sdwan-mve.yaml"], names);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Bundled_scenario_loads_and_validates(string file)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, file));

        Assert.Equal(Path.GetFileNameWithoutExtension(file), scenario.Name);
        Assert.True(scenario.Run.Replications >= 3);
        Assert.InRange(scenario.Run.Duration.TotalSeconds, 10, 30);
        Assert.NotEmpty(scenario.Options);
        Assert.NotEmpty(scenario.Traffic);
    }

    [Fact]
    public void Sdci_vs_ipsec_maps_every_section()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "sdci-vs-ipsec.yaml"));

        var sdci = scenario.FindOption("sdci");
        Assert.Equal(12, sdci.TermMonths);
        Assert.Equal(1e9, sdci.Ports.Single().Speed.BitsPerSecond / 10);
        var aws = sdci.Vxcs.Single(v => v.Name == "mcr-aws");
        Assert.Equal(CloudConnectionType.AwsHosted, aws.Cloud!.Type);
        Assert.Equal(AwsVifType.Private, aws.Cloud.Vif);
        Assert.Equal(90, aws.Bgp!.Hold.TotalSeconds);
        var ipsec = scenario.FindOption("ipsec");
        var azureVpn = ipsec.Vpns.Single(v => v.Cloud == "azure-syd");
        Assert.Equal(Network.Ipsec.CipherSuite.AesCbcHmacSha256, azureVpn.Cipher);
        Assert.Equal("VpnGw1", azureVpn.GatewaySku);
        Assert.Equal(5, azureVpn.Internet.Diurnal!.ExtraDelay.TotalMilliseconds);
        var voice = scenario.Traffic.Single(t => t.Name == "voice");
        Assert.Equal(TrafficType.Cbr, voice.Type);
        Assert.Equal(80_000, voice.Rate!.Value.BitsPerSecond);
        Assert.Equal(200, voice.Size.MeanBytes);
        Assert.Equal(5, voice.QosClass);
        Assert.Equal(20, voice.Count);
        Assert.Equal("SYD1", scenario.FindCloud("aws-syd")!.OnRamp);
    }

    [Fact]
    public void Multicloud_bgp_keeps_prefix_filters_with_ge_le()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "multicloud-bgp.yaml"));

        var option = scenario.Options.Single();
        var awsIn = option.PrefixLists.Single(l => l.Name == "aws-in");
        Assert.Equal(["10.10.0.0/16", "10.11.0.0/16"], awsIn.Rules.Select(r => r.Prefix.ToString()));
        Assert.All(awsIn.Rules, r => Assert.Equal((16, 24), (r.MinLength, r.MaxLength)));
        var dcIn = option.PrefixLists.Single(l => l.Name == "dc-in");
        Assert.Equal(FilterAction.Deny, dcIn.Rules[0].Action);
        Assert.Equal((0, 0), (dcIn.Rules[0].MinLength, dcIn.Rules[0].MaxLength));
        Assert.Equal("gcp-in", option.Vxcs.Single(v => v.Name == "mcr-gcp").Bgp!.ImportList);
        Assert.Equal(2, option.Vxcs.Single(v => v.Name == "mcr-gcp").Bgp!.AsPathPrepend);
        Assert.Equal(["10.10.0.0/16", "10.11.0.0/16"], scenario.FindCloud("aws-syd")!.Prefixes.Select(p => p.ToString()));
    }

    [Fact]
    public void Loading_creates_no_files()
    {
        string folder = Path.Combine(Path.GetTempPath(), "fabricsim-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string file = Path.Combine(folder, "s.yaml");
            File.Copy(Path.Combine(RepositoryFiles.ScenariosFolder, "hub-vs-mesh.yaml"), file);
            string previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = folder;
            try
            {
                ScenarioLoader.Load(file);
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
            Assert.Equal([file], Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
