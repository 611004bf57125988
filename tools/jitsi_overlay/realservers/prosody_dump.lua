-- Evaluates one prosody config file the way prosody does (plain Lua with VirtualHost,
-- Component and Include as functions) and prints its settings as JSON:
-- {"sections": [{"kind": "global"|"VirtualHost"|"Component", "name": ..,
--   "module": .., "options": {..}}], "includes": [..]}.
-- Each file starts in the global section, as prosody's own parser does.
local file = assert(arg[1], "usage: lua prosody_dump.lua FILE")

local function encode(v)
  local t = type(v)
  if t == "string" then
    return '"' .. v:gsub('[%c"\\]', function(c)
      return string.format("\\u%04x", c:byte())
    end) .. '"'
  elseif t == "number" or t == "boolean" then
    return tostring(v)
  elseif t == "table" then
    local n, keys = #v, {}
    for k in pairs(v) do keys[#keys + 1] = k end
    if n > 0 and n == #keys then
      local out = {}
      for i = 1, n do out[i] = encode(v[i]) end
      return "[" .. table.concat(out, ",") .. "]"
    end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local out = {}
    for _, k in ipairs(keys) do out[#out + 1] = encode(tostring(k)) .. ":" .. encode(v[k]) end
    return "{" .. table.concat(out, ",") .. "}"
  end
  return "null"
end

local sections = { { kind = "global", options = {} } }
local includes = {}
local current = sections[1]

local env = {}
local function section(kind)
  return function(name)
    current = { kind = kind, name = name, options = {} }
    sections[#sections + 1] = current
    -- Component "x" "module" and VirtualHost "x" { opts } call forms
    return function(extra)
      if type(extra) == "string" then current.module = extra
      elseif type(extra) == "table" then for k, v in pairs(extra) do current.options[k] = v end end
    end
  end
end
env.VirtualHost = section("VirtualHost")
env.Host = env.VirtualHost
env.Component = section("Component")
env.Include = function(path) includes[#includes + 1] = path end
env.RunScript = function() end
env.ENV_SNAPSHOT = {}
setmetatable(env, {
  __newindex = function(_, k, v) current.options[k] = v end,
  __index = function(_, k) return current.options[k] or sections[1].options[k] end,
})

local chunk, err = loadfile(file, "t", env)
if not chunk then io.stderr:write(err, "\n") os.exit(1) end
local ok, run_err = pcall(chunk)
if not ok then io.stderr:write(tostring(run_err), "\n") os.exit(1) end
io.write(encode({ sections = sections, includes = includes }), "\n")
