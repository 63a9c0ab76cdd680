using FabricSim.Network.Built;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;
using FabricSim.Network.Tcp;
using FabricSim.Network.Traffic;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Building;

/// <summary>
/// Creates the TCP demands of a scenario on a built fabric — bulk transfers and request/response exchanges — and
/// measures them like the other flows: goodput as throughput, segment one-way delay (or, for request/response,
/// completion time) as latency, dropped segments as loss.
/// </summary>
internal sealed class TcpAssembly
{
    private readonly List<Probe> _probes = [];

    /// <param name="routed">Whether the option runs BGP, so that an application must wait for its route.</param>
    public static TcpAssembly Attach(Fabric fabric, FabricDescription description, VpnAssembly vpns, bool routed)
    {
        var attachment = new TcpAssembly();
        var ids = fabric.Context.Ids;
        foreach (var (demand, flow) in description.Demands.Where(d => d.IsTcp).SelectMany(d => d.FlowNames.Select(f => (d, f))))
        {
            Node client = fabric.Node(demand.From);
            Node server = fabric.Node(demand.To);
            var vpn = vpns.Find(demand.From, demand.To);
            var parameters = demand.Tcp ?? TcpDemandSpec.Default;
            int mss = parameters.MssBytes;
            var options = new TcpOptions
            {
                MaxSegmentSizeBytes = vpn?.ClampMss(mss) ?? mss,
                CongestionControl = parameters.Algorithm,
                ReceiveWindowBytes = parameters.ReceiveWindowBytes,
                Pacing = parameters.Pacing,
                Sack = parameters.Sack,
            };
            TcpConnection Connect(string name, Node from, Node to)
            {
                int dataFlowId = ids.NextFlow();
                var connection = new TcpConnection(fabric.Context, name, options, dataFlowId, ids.NextFlow(), from, to,
                    vpn?.EntranceAt(from) ?? from, vpn?.EntranceAt(to) ?? to, demand.TrafficClass);
                return connection;
            }
            var simulator = fabric.Simulator;
            void Activate(IEndpointApplication application, SimTime start)
            {
                if (routed && vpn is null)
                {
                    RouteReadyStart.Schedule(fabric, client, server, application, start);
                }
                else
                {
                    application.Activate();
                }
            }
            if (demand.Kind == DemandKind.TcpBulk)
            {
                var connection = Connect(flow, client, server);
                // The demand's rate is the application's allowance; TCP may deliver less, never more.
                var bulk = new TcpBulkTransfer(simulator, connection, demand.Start, demand.Rate, parameters.TransferBytes);
                Activate(bulk, demand.Start);
                attachment._probes.Add(new BulkProbe(flow, demand, fabric, bulk));
                fabric.Sampler?.AddDeliveries(flow, () => connection.Receiver.BytesDelivered);
            }
            else
            {
                var rr = demand.RequestResponse ?? RequestResponseSpec.Default;
                var requests = Connect(flow + "/request", client, server);
                var responses = Connect(flow + "/response", server, client);
                var exchange = new TcpRequestResponse(flow, simulator, fabric.Context.Random.Get("traffic/" + flow), requests, responses,
                    1.0 / rr.MeanInterval.TotalSeconds, rr.RequestBytes, rr.ResponseBytes, demand.Start,
                    demand.Stop ?? SimTime.MaxValue);
                Activate(exchange, demand.Start);
                attachment._probes.Add(new ExchangeProbe(flow, demand, fabric, exchange));
            }
        }
        if (fabric.WarmUp > SimTime.Zero)
        {
            fabric.Simulator.ScheduleAt(fabric.WarmUp, attachment.ResetStatistics);
        }
        return attachment;
    }

    public IEnumerable<FlowMeasurement> Measure() => _probes.Select(p => p.Measure());

    private void ResetStatistics()
    {
        foreach (var probe in _probes)
        {
            probe.Reset();
        }
    }

    private abstract class Probe(string flow, DemandSpec demand, Fabric fabric)
    {
        protected Fabric Fabric => fabric;

        public abstract void Reset();

        public abstract FlowMeasurement Measure();

        protected static LatencyHistogram Snapshot(LatencyHistogram live)
        {
            var snapshot = new LatencyHistogram();
            snapshot.Merge(live);
            return snapshot;
        }

        protected FlowMeasurement Measurement(long sent, long received, int dataFlowId, double throughput, LatencyHistogram delay)
        {
            var ledger = fabric.Context.Ledger;
            long dropped = ledger.ForFlow(dataFlowId);
            long decided = received + dropped;
            var snapshot = Snapshot(delay);
            static double Ms(double ns) => ns / SimTime.NanosPerMillisecond;
            return new FlowMeasurement(flow, demand.From, demand.To, demand.TrafficClass, sent, received, dropped,
                ledger.ForFlow(dataFlowId, DropReason.Queue), ledger.ForFlow(dataFlowId, DropReason.Failure),
                ledger.ForFlow(dataFlowId, DropReason.NoRoute), ledger.ForFlow(dataFlowId, DropReason.RateLimit),
                decided == 0 ? 0 : dropped / (double)decided, throughput,
                Ms(delay.Mean), Ms(delay.Quantile(0.5)), Ms(delay.Quantile(0.95)), Ms(delay.Quantile(0.99)), Ms(delay.Max),
                double.NaN, 0, snapshot);
        }
    }

    private sealed class BulkProbe(string flow, DemandSpec demand, Fabric fabric, TcpBulkTransfer bulk) : Probe(flow, demand, fabric)
    {
        private readonly TcpConnection connection = bulk.Connection;

        private long _sentAtReset;
        private long _receivedAtReset;

        public override void Reset()
        {
            connection.Receiver.ResetStatistics();
            _sentAtReset = connection.Sender.SegmentsSent;
            _receivedAtReset = connection.Receiver.SegmentsReceived;
        }

        public override FlowMeasurement Measure() => Measurement(
            connection.Sender.SegmentsSent - _sentAtReset,
            connection.Receiver.SegmentsReceived - _receivedAtReset,
            connection.DataFlowId,
            connection.Receiver.GoodputBitsPerSecond(),
            connection.Receiver.SegmentDelay) with
        {
            CompletionSeconds = bulk.TransferBytes is null ? null : bulk.CompletionTime?.TotalSeconds ?? double.NaN,
        };
    }

    private sealed class ExchangeProbe(string flow, DemandSpec demand, Fabric fabric, TcpRequestResponse exchange) : Probe(flow, demand, fabric)
    {
        private long _sentAtReset;
        private long _receivedAtReset;

        public override void Reset()
        {
            exchange.ResetStatistics();
            exchange.Responses.Receiver.ResetStatistics();
            _sentAtReset = exchange.Responses.Sender.SegmentsSent;
            _receivedAtReset = exchange.Responses.Receiver.SegmentsReceived;
        }

        public override FlowMeasurement Measure() => Measurement(
            exchange.Responses.Sender.SegmentsSent - _sentAtReset,
            exchange.Responses.Receiver.SegmentsReceived - _receivedAtReset,
            exchange.Responses.DataFlowId,
            exchange.Responses.Receiver.GoodputBitsPerSecond(),
            exchange.CompletionTime) with
        {
            ResponseTime = Snapshot(exchange.CompletionTime),
        };
    }
}
