// Parses each file with typesafe-config (the parser jicofo and the bridge use) and
// prints one line per path: "L<TAB>path<TAB>value" for leaves, "O<TAB>path<TAB>{}"
// for objects, so callers can tell free-form maps from settings.  A .properties
// file is parsed with properties syntax.  Exit 1 with the parser's message on error.
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class HoconDump {
    static void walk(ConfigObject obj, List<String> path, StringBuilder out) {
        for (Map.Entry<String, ConfigValue> e : obj.entrySet()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            String name = ConfigUtil.joinPath(sub);
            ConfigValue v = e.getValue();
            if (v.valueType() == ConfigValueType.OBJECT) {
                out.append("O\t").append(name).append("\t{}\n");
                walk((ConfigObject) v, sub, out);
            } else {
                out.append("L\t").append(name).append("\t")
                   .append(v.render(ConfigRenderOptions.concise())).append("\n");
            }
        }
    }

    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        for (String file : args) {
            try {
                Config c = ConfigFactory.parseFile(new File(file),
                        ConfigParseOptions.defaults().setAllowMissing(false)).resolve();
                out.append("F\t").append(file).append("\t\n");
                walk(c.root(), new ArrayList<>(), out);
            } catch (ConfigException | NullPointerException e) {
                // 1.3.1 throws NPE building some BadPath messages

                System.err.println(file + ": " + e.getMessage());
                System.exit(1);
            }
        }
        System.out.print(out);
    }
}
