"""Building blocks the component callbacks share, one module per concern.

* :mod:`.quoting` - values written into shell, Java properties, Lua, JSON/HOCON/JavaScript;
* :mod:`.addresses` - IP address parsing and nginx ``listen`` addresses;
* :mod:`.checks` - file validators that run the real tools (``nginx -t``, ``luac -p``, a
  HOCON parser);
* :mod:`.topology` - the names the components must agree on (XMPP domains and JIDs, the
  brewery room, certificate paths);
* :mod:`.textedit` - minimal edits to files the configurator does not own;
* :mod:`.files` - the shapes of files that recur (secret files);
* :mod:`.generations` - which generation a package speaks, and its name in file headers;
* :mod:`.java_daemons` - what jicofo and the videobridge share (their 2020-era ``config`` +
  ``sip-communicator.properties`` pair, the generation switch).

Third-party callbacks may use these too, but only :mod:`jitsi_configurator.api` is the
versioned contract: helpers can change between configurator releases.
"""
