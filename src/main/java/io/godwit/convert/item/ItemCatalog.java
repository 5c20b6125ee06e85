package io.godwit.convert.item;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every action-item code with its texts and weights, read from {@code io/godwit/items/*.json}: one
 * file per code family (GW shared, ORA Oracle, MSS SQL Server, PG PostgreSQL, MY MySQL).
 */
public final class ItemCatalog {

  /** The families, in the order the docs list them. */
  public static final List<String> FAMILIES = List.of("gw", "ora", "mss", "pg", "my");

  private final Map<String, ItemDefinition> byCode;

  public ItemCatalog(Collection<ItemDefinition> definitions) {
    Map<String, ItemDefinition> map = new TreeMap<>();
    for (ItemDefinition d : definitions) {
      if (map.put(d.code(), d) != null) {
        throw new IllegalArgumentException("action item " + d.code() + " is defined twice");
      }
    }
    this.byCode = Collections.unmodifiableMap(map);
  }

  /** The catalog shipped with Godwit. */
  public static ItemCatalog builtIn() {
    ObjectMapper mapper =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    List<ItemDefinition> all = new ArrayList<>();
    for (String family : FAMILIES) {
      String resource = "/io/godwit/items/" + family + ".json";
      try (InputStream in = ItemCatalog.class.getResourceAsStream(resource)) {
        if (in == null) {
          continue;
        }
        FamilyFile file = mapper.readValue(in, FamilyFile.class);
        for (Entry e : file.items()) {
          all.add(
              new ItemDefinition(
                  e.code(),
                  Category.valueOf(e.category().toUpperCase(Locale.ROOT)),
                  e.title(),
                  e.description(),
                  e.recommendation(),
                  e.weight(),
                  e.learningWeight(),
                  e.recommendations()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read action-item catalog " + resource, e);
      }
    }
    return new ItemCatalog(all);
  }

  /** The definition of {@code code}; an unknown code is a programming error. */
  public ItemDefinition definition(String code) {
    ItemDefinition d = byCode.get(code);
    if (d == null) {
      throw new IllegalArgumentException("unknown action item code " + code);
    }
    return d;
  }

  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** Every definition, sorted by code. */
  public Collection<ItemDefinition> all() {
    return byCode.values();
  }

  /** The JSON shape of one family file. */
  record FamilyFile(String family, String description, List<Entry> items) {}

  /** The JSON shape of one entry. */
  record Entry(
      String code,
      String category,
      String title,
      String description,
      String recommendation,
      double weight,
      double learningWeight,
      Map<String, String> recommendations) {}
}
