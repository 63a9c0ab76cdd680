using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// Propagation along a path at 204,000 km/s in fibre: a VXC between the PoPs of its ends at the backbone's route
/// factor, plus the access circuit from a site to its port's PoP and from the cloud edge's PoP into its region at 1.5;
/// an Internet path by the fitted model of docs/model-notes.md (3 ms plus distance at a factor that falls from 3.24 to
/// 1.708 with scale 250 km). Fixed end delays are left out: every path of a flow pays the same ones.
/// </summary>
internal sealed class PathPropagation(Scenario scenario, DesignOption option)
{
    private const double FibreKmPerSecond = 204_000.0;
    private const double AccessRouteFactor = 1.5;
    private const double InternetShortFactor = 3.24;
    private const double InternetLongFactor = 1.708;
    private const double InternetFactorScaleKm = 250.0;
    private static readonly SimTime InternetFixedDelay = SimTime.FromMilliseconds(3);

    public SimTime Vxc(VxcSettings vxc)
    {
        var (popA, accessA) = End(vxc, vxc.EndA);
        var (popB, accessB) = End(vxc, vxc.EndB);
        return accessA + accessB + Fibre(popA.DistanceKm(popB), scenario.Backbone.RouteFactor);
    }

    public SimTime Vpn(Vpn vpn)
    {
        // Between two clouds the path runs from the first cloud's region, from an MVE from its PoP.
        var site = vpn.MvePop is { } pop ? scenario.FindPop(pop).Location
            : scenario.FindSite(vpn.Site)?.Location ?? scenario.FindCloud(vpn.Site)!.RegionLocation;
        var region = scenario.FindCloud(vpn.Cloud)!.RegionLocation;
        return Internet(site, region, vpn.Internet);
    }

    public SimTime MveInternet(Mve mve, MveTransportSettings transport, string destination)
    {
        var from = scenario.FindPop(mve.Pop).Location;
        var to = scenario.FindCloud(destination)?.RegionLocation ?? scenario.FindSite(destination)?.Location ?? from;
        return Internet(from, to, transport.Internet ?? InternetPathSettings.Default);
    }

    /// <summary>Where a VXC end sits (its PoP) and the access delay from the customer or cloud behind it.</summary>
    private (GeoPoint Pop, SimTime Access) End(VxcSettings vxc, string end)
    {
        if (option.Ports.FirstOrDefault(p => p.Name == end) is { } port)
        {
            var pop = scenario.FindPop(port.Pop).Location;
            return (pop, Fibre(scenario.FindSite(port.Site)!.Location.DistanceKm(pop), AccessRouteFactor));
        }
        if (scenario.FindCloud(end) is { } cloud)
        {
            // The VXC reaches the cloud at its connection's location, which may be a PoP other than the on-ramp.
            var pop = scenario.FindPop(vxc.Cloud?.Location ?? cloud.OnRamp).Location;
            return (pop, Fibre(pop.DistanceKm(cloud.RegionLocation), AccessRouteFactor));
        }
        string code = option.Mcrs.FirstOrDefault(m => m.Name == end)?.Pop ?? option.Mves.First(m => m.Name == end).Pop;
        return (scenario.FindPop(code).Location, SimTime.Zero);
    }

    private static SimTime Internet(GeoPoint from, GeoPoint to, InternetPathSettings settings)
    {
        double km = from.DistanceKm(to);
        double factor = settings.RouteFactor ?? InternetLongFactor + (InternetShortFactor - InternetLongFactor) * InternetFactorScaleKm / (InternetFactorScaleKm + km);
        return InternetFixedDelay + settings.BaseDelay + Fibre(km, factor);
    }

    private static SimTime Fibre(double km, double routeFactor) => SimTime.FromSeconds(km * routeFactor / FibreKmPerSecond);
}
