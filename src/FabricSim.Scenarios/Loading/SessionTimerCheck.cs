using FabricSim.Engine.Time;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// BGP and BFD timers a real speaker would refuse or that flap every session: the bounds RFC 4271 puts on the hold
/// time, a keepalive that cannot keep the session up, and BFD below what router vendors accept. Each is an error at
/// its key with the fix, since a run with them would report outages the product never has (or hides real ones).
/// </summary>
internal static class SessionTimerCheck
{
    /// <summary>RFC 4271 §4.2: a non-zero hold time is at least three seconds.</summary>
    private static readonly SimTime MinHold = SimTime.FromSeconds(3);

    /// <summary>RFC 4271 §4.2: the OPEN message carries the hold time in a 16-bit field of seconds.</summary>
    private static readonly SimTime MaxHold = SimTime.FromSeconds(65535);

    /// <summary>The largest advertisement interval routers accept ("neighbor advertisement-interval" 0 to 600 s, Cisco IOS).</summary>
    private static readonly SimTime MaxAdvertisementInterval = SimTime.FromSeconds(600);

    /// <summary>
    /// Reads advertisement_interval: zero (every change at once) to 600 s; null leaves the peer type's default.
    /// </summary>
    public static SimTime? ReadAdvertisementInterval(ObjectReader b)
    {
        var interval = b.Duration("advertisement_interval");
        if (interval > MaxAdvertisementInterval)
        {
            b.Error("advertisement_interval", $"advertisement_interval {interval} of {b.Label} exceeds 600s, the most routers accept (Cisco IOS 'neighbor advertisement-interval' 0-600)",
                "use 'advertisement_interval: 30s' (the eBGP default) or anything from 0s to 600s");
            return null;
        }
        return interval;
    }

    public static void CheckBgp(ObjectReader b, SimTime keepalive, SimTime hold)
    {
        // Without a hold key the hold time follows the keepalive, so a bound it breaks is the keepalive's.
        string holdKey = b.Has("hold") ? "hold" : "keepalive";
        if (hold < MinHold)
        {
            b.Error(holdKey, $"hold {hold} of {b.Label} is below 3s: RFC 4271 §4.2 allows a hold time of 0 (not modelled) or at least 3 seconds",
                $"use 'hold: 3s' or more, conventionally 3 x keepalive ({keepalive * 3})");
        }
        else if (hold > MaxHold)
        {
            b.Error(holdKey, $"hold {hold} of {b.Label} exceeds 65535s, the largest hold time an OPEN message can carry (RFC 4271 §4.2)",
                "use 'hold: 65535s' or less, conventionally 3 x keepalive");
        }
        else if (keepalive >= hold)
        {
            b.Error("keepalive", $"keepalive {keepalive} of {b.Label} is not shorter than hold {hold}, so the session expires between keepalives (RFC 4271 §10 suggests a third of the hold time)",
                $"use 'keepalive: {hold / 3}' (a third of hold) or a longer hold");
        }
    }

    /// <summary>
    /// Reads a bfd block: the multiplier and interval must be ones router vendors accept (catalog bfd.min_multiplier
    /// and bfd.min_interval, cited there); below them a session flaps on a single late packet.
    /// </summary>
    public static Network.Bfd.BfdSettings? ReadBfd(ObjectReader b, ProductCatalog products)
    {
        var interval = b.Duration("interval", allowZero: false, InputLimits.MinBfdInterval);
        var multiplier = b.Integer("multiplier", 1, 255);
        var minInterval = products.Duration("bfd.min_interval");
        var minMultiplier = products.Value("bfd.min_multiplier");
        if (interval is { } asked && asked < minInterval)
        {
            b.Error("interval", $"BFD interval {asked} of {b.Label} is below {minInterval}, the shortest routers accept ({products.Get("bfd.min_interval").Citation})",
                $"use 'interval: {minInterval}' or more (300ms is common)");
            return null;
        }
        if (multiplier is { } count && count < minMultiplier)
        {
            b.Error("multiplier", $"BFD multiplier {count} of {b.Label} declares the session down after {count} missed packet(s); routers accept at least {minMultiplier} ({products.Get("bfd.min_multiplier").Citation})",
                $"use 'multiplier: {minMultiplier}' or more");
            return null;
        }
        return new Network.Bfd.BfdSettings(interval ?? SimTime.FromMilliseconds(300), (int)(multiplier ?? 3));
    }
}
