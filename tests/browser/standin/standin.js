// The web app's first steps, with the XMPP library it uses (strophe.js 1.x): connect to
// the addresses config.js gives, as a guest and as the convener, and join the room named
// by the page's path.  The test calls window.standin(params) and reads the result.
"use strict";

const STATUS = Object.fromEntries(Object.entries(Strophe.Status).map(([k, v]) => [v, k]));

function connect(service, jid, password) {
    return new Promise((resolve) => {
        const conn = new Strophe.Connection(service);
        const seen = [];
        conn.connect(jid, password, (status, condition) => {
            seen.push(STATUS[status] + (condition ? `(${condition})` : ""));
            if (status === Strophe.Status.CONNECTED) resolve({ conn, seen, ok: true });
            if ([Strophe.Status.AUTHFAIL, Strophe.Status.CONNFAIL,
                 Strophe.Status.DISCONNECTED].includes(status)) resolve({ conn, seen, ok: false });
        });
    });
}

function joinRoom(conn, room, nick) {
    const me = `${room}/${nick}`;
    return new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ joined: false, why: "timeout" }), 8000);
        conn.addHandler((pres) => {
            if ((pres.getAttribute("from") || "").toLowerCase() !== me.toLowerCase()) return true;
            clearTimeout(timer);
            if (pres.getAttribute("type") === "error") {
                resolve({ joined: false, why: Strophe.serialize(pres) });
                return false;
            }
            const item = pres.getElementsByTagName("item")[0];
            resolve({ joined: true, affiliation: item && item.getAttribute("affiliation"),
                      role: item && item.getAttribute("role") });
            return false;
        }, null, "presence");
        conn.send($pres({ to: me }).c("x", { xmlns: Strophe.NS.MUC }));
    });
}

async function session(service, jid, password, room, nick) {
    const result = await connect(service, jid, password);
    const out = { service, jid: result.ok ? result.conn.jid : null, states: result.seen,
                  connected: result.ok };
    if (result.ok) {
        Object.assign(out, await joinRoom(result.conn, room, nick));
        result.conn.disconnect();
    }
    return out;
}

window.standin = async function (params) {
    const hosts = config.hosts;
    const room = `${decodeURIComponent(location.pathname.slice(1))}@${hosts.muc}`;
    const services = [["bosh", config.bosh]];
    if (config.websocket) services.push(["websocket", config.websocket]);
    const results = { config: { bosh: config.bosh, websocket: config.websocket || null,
                                hosts }, room };
    for (const [kind, service] of services) {
        results[`guest-${kind}`] = await session(service, hosts.anonymousdomain, null, room,
                                                 `guest-${kind}`);
        results[`convener-${kind}`] = await session(
            service, `${params.user}@${hosts.domain}`, params.password, room, `convener-${kind}`);
        results[`wrong-password-${kind}`] = await session(
            service, `${params.user}@${hosts.domain}`, `${params.password}-wrong`, room, "x");
    }
    document.getElementById("status").textContent = "done";
    return results;
};
