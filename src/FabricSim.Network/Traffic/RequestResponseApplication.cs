using FabricSim.Engine.Events;
using FabricSim.Engine.Statistics;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Traffic;

/// <summary>
/// A client sends requests on one flow (driven by any <see cref="TrafficSource"/>); the server answers each with a
/// response of a fixed size on a second flow; the client records the response time (request creation to response
/// arrival). The response carries the request's sequence number in <see cref="Packet.Sequence"/> and its creation
/// time in nanoseconds in <see cref="Packet.Acknowledgement"/>.
/// </summary>
internal sealed class RequestResponseApplication : IEndpointApplication
{
    private readonly Simulator _simulator;
    private readonly PacketPool _pool;
    private long _measureFrom;

    public RequestResponseApplication(string name, Simulator simulator, PacketPool pool, TrafficFlow requests, FlowSink requestSink,
        TrafficFlow responses, FlowSink responseSink, int responseBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(responseBytes, 1);
        Name = name;
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        Requests = requests ?? throw new ArgumentNullException(nameof(requests));
        Responses = responses ?? throw new ArgumentNullException(nameof(responses));
        ResponseBytes = responseBytes;
        Server = new Responder(this, requestSink ?? throw new ArgumentNullException(nameof(requestSink)));
        Client = new ResponseTimer(this, responseSink ?? throw new ArgumentNullException(nameof(responseSink)));
    }

    public string Name { get; }
    public TrafficFlow Requests { get; }
    public TrafficFlow Responses { get; }
    public int ResponseBytes { get; }

    /// <summary>Response times (request created → response received) in nanoseconds, for requests made after warm-up.</summary>
    public LatencyHistogram ResponseTime { get; } = new();
    public RunningStatistics ResponseTimeNanoseconds { get; } = new();

    /// <summary>Register at the server node for the request flow.</summary>
    public IPacketReceiver Server { get; }

    /// <summary>Register at the client node for the response flow.</summary>
    public IPacketReceiver Client { get; }

    /// <summary>Nothing to start: the request flow's source drives the exchange.</summary>
    public void Activate()
    {
    }

    public void ResetStatistics()
    {
        _measureFrom = _simulator.Now.Nanoseconds;
        ResponseTime.Reset();
        ResponseTimeNanoseconds.Reset();
    }

    private sealed class Responder(RequestResponseApplication app, FlowSink requestSink) : IPacketReceiver
    {
        public void Receive(Packet request)
        {
            long sequence = request.FlowSequence;
            long requestedAt = request.CreatedAt.Nanoseconds;
            requestSink.Receive(request);
            Packet response = app.Responses.Emit(app._pool, app._simulator.Now, app.ResponseBytes);
            response.Sequence = sequence;
            response.Acknowledgement = requestedAt;
            app.Responses.Entry.Receive(response);
        }
    }

    private sealed class ResponseTimer(RequestResponseApplication app, FlowSink responseSink) : IPacketReceiver
    {
        public void Receive(Packet response)
        {
            long requestedAt = response.Acknowledgement;
            if (requestedAt >= app._measureFrom)
            {
                long elapsed = app._simulator.Now.Nanoseconds - requestedAt;
                app.ResponseTime.Record(elapsed);
                app.ResponseTimeNanoseconds.Add(elapsed);
            }
            responseSink.Receive(response);
        }
    }
}
