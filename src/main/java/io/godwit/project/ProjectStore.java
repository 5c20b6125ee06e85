package io.godwit.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.godwit.project.ProjectException.Reason;
import io.godwit.project.ProjectFile.EditEntry;
import io.godwit.project.ProjectFile.SourceSettings;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes a project folder: {@code godwit-project.json} and one plain SQL file per edited
 * object under {@code edits/}, so a project can be diffed and reviewed (docs/project-format.md).
 *
 * <p>Nothing is lost: a folder whose project cannot be read (damaged, or saved by a newer Godwit)
 * is reported and never written over; files are written to a temporary name and moved into place,
 * the project file last; an edit file is deleted only once the saved project no longer lists it.
 */
public final class ProjectStore {

  /** The project file's name. */
  public static final String FILE_NAME = "godwit-project.json";

  /** The folder holding edited SQL. */
  public static final String EDITS = "edits";

  private final ObjectMapper json =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** Whether {@code dir} holds a project file. */
  public static boolean isProject(Path dir) {
    return Files.isRegularFile(dir.resolve(FILE_NAME));
  }

  /** Opens the project in {@code dir}. */
  public Project open(Path dir) throws ProjectException {
    ProjectFile file = readFile(dir);
    Map<ObjectKey, Edit> edits = new LinkedHashMap<>();
    for (EditEntry e : file.edits()) {
      if (e.key() == null || e.file() == null) {
        throw damaged(dir, "an entry of \"edits\" has no key or no file", null);
      }
      Path p = inside(dir, e.file());
      String text;
      try {
        text = readUtf8(p);
      } catch (NoSuchFileException ex) {
        throw damaged(dir, "the edited SQL " + e.file() + " it lists is missing", ex);
      } catch (CharacterCodingException ex) {
        throw damaged(dir, "the edited SQL " + e.file() + " is not UTF-8 text", ex);
      } catch (IOException ex) {
        throw damaged(
            dir, "the edited SQL " + e.file() + " cannot be read: " + ex.getMessage(), ex);
      }
      if (edits.put(e.key(), new Edit(text, e.baseSha256())) != null) {
        throw damaged(dir, "it lists the edit of " + e.key().describe() + " twice", null);
      }
    }
    return new Project(file, edits);
  }

  /**
   * Saves {@code project} to {@code dir} (created if needed). Paths of script sources are kept
   * relative to the project folder when they are inside it.
   *
   * @param from the folder the project was opened from or last saved to, or null; relative script
   *     paths are resolved against it
   * @param version the Godwit version saving it
   * @return the project as saved (its file lists where each edit was written)
   */
  public Project save(Project project, Path from, Path dir, String version)
      throws ProjectException {
    Path target = dir.toAbsolutePath().normalize();
    List<EditEntry> previous = List.of();
    if (isProject(target)) {
      // Never write over a project this Godwit cannot read: it may hold someone's work.
      try {
        previous = readFile(target).edits();
      } catch (ProjectException e) {
        throw new ProjectException(
            Reason.WRITE_FAILED,
            "not saved: "
                + target
                + " already holds a project that cannot be read ("
                + e.getMessage()
                + "); choose another folder",
            e);
      }
    }
    try {
      Files.createDirectories(target);
      Map<ObjectKey, String> files = new LinkedHashMap<>();
      Set<String> used = new HashSet<>();
      Map<ObjectKey, String> oldFiles = new LinkedHashMap<>();
      for (EditEntry e : project.file().edits()) {
        oldFiles.put(e.key(), e.file());
      }
      for (EditEntry e : previous) {
        oldFiles.putIfAbsent(e.key(), e.file());
      }
      for (ObjectKey key : project.edits().keySet()) {
        String old = oldFiles.get(key);
        if (old != null && used.add(old.toLowerCase(Locale.ROOT))) {
          files.put(key, old);
        }
      }
      for (ObjectKey key : project.edits().keySet()) {
        if (!files.containsKey(key)) {
          files.put(key, freshName(key, used));
        }
      }
      List<EditEntry> entries = new ArrayList<>();
      for (Map.Entry<ObjectKey, Edit> e : project.edits().entrySet()) {
        String rel = files.get(e.getKey());
        writeAtomically(inside(target, rel), e.getValue().text());
        entries.add(new EditEntry(e.getKey(), rel, e.getValue().baseSha256()));
      }
      ProjectFile saved =
          project
              .file()
              .withSource(rebase(project.file().source(), from, target))
              .savedBy(version, entries);
      writeAtomically(target.resolve(FILE_NAME), json.writeValueAsString(saved));
      Set<String> kept = new HashSet<>();
      entries.forEach(e -> kept.add(e.file()));
      for (EditEntry e : previous) {
        if (!kept.contains(e.file())) {
          Files.deleteIfExists(inside(target, e.file()));
        }
      }
      return new Project(saved, project.edits());
    } catch (ProjectException e) {
      throw e;
    } catch (IOException e) {
      throw new ProjectException(
          Reason.WRITE_FAILED, "cannot save the project to " + target + ": " + describe(e), e);
    }
  }

  /** Reads and checks {@code dir/godwit-project.json}. */
  private ProjectFile readFile(Path dir) throws ProjectException {
    if (!Files.isDirectory(dir)) {
      throw new ProjectException(Reason.NOT_A_PROJECT, "no such folder: " + dir, null);
    }
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new ProjectException(
          Reason.NOT_A_PROJECT,
          dir + " is not a Godwit project (it has no " + FILE_NAME + ")",
          null);
    }
    String text;
    try {
      text = readUtf8(file);
    } catch (CharacterCodingException e) {
      throw damaged(dir, "it is not UTF-8 text", e);
    } catch (IOException e) {
      throw damaged(dir, "it cannot be read: " + describe(e), e);
    }
    com.fasterxml.jackson.databind.JsonNode tree;
    try {
      tree = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw damaged(dir, "it is not valid JSON (" + where(e) + e.getOriginalMessage() + ")", e);
    }
    if (tree == null || !tree.isObject()) {
      throw damaged(dir, "it does not hold a JSON object", null);
    }
    if (!ProjectFile.FORMAT.equals(tree.path("format").asText(null))) {
      throw damaged(
          dir, "it is not a Godwit project file (no \"format\": \"godwit-project\")", null);
    }
    int version = tree.path("formatVersion").asInt(-1);
    if (version > ProjectFile.FORMAT_VERSION) {
      String by = tree.path("godwitVersion").asText("a newer Godwit");
      throw new ProjectException(
          Reason.NEWER_VERSION,
          "the project in "
              + dir
              + " was saved by Godwit "
              + by
              + " (project format "
              + version
              + "); this Godwit reads format "
              + ProjectFile.FORMAT_VERSION
              + ". Nothing was changed: open it with a newer Godwit.",
          null);
    }
    if (version < 1) {
      throw damaged(dir, "its \"formatVersion\" is missing or wrong", null);
    }
    try {
      return json.treeToValue(tree, ProjectFile.class);
    } catch (JsonProcessingException e) {
      throw damaged(dir, "it cannot be understood (" + where(e) + e.getOriginalMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw damaged(dir, "it cannot be understood (" + e.getMessage() + ")", e);
    }
  }

  private static String where(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    return "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
  }

  private static ProjectException damaged(Path dir, String why, Throwable cause) {
    return new ProjectException(
        Reason.DAMAGED,
        "the project in "
            + dir
            + " cannot be opened: "
            + FILE_NAME
            + " is damaged: "
            + why
            + ". Nothing was changed.",
        cause);
  }

  /** {@code relative} under {@code dir}; a path that leaves the folder is refused. */
  private static Path inside(Path dir, String relative) throws ProjectException {
    Path base = dir.toAbsolutePath().normalize();
    Path p = base.resolve(relative).normalize();
    if (!p.startsWith(base) || p.equals(base)) {
      throw damaged(dir, "the edit file " + relative + " is outside the project folder", null);
    }
    return p;
  }

  private static String readUtf8(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }

  /** A new file name for {@code key}'s edit: {@code edits/<kind>/<schema.name>.sql}. */
  private static String freshName(ObjectKey key, Set<String> used) {
    String base = EDITS + "/" + safe(key.targetKind()) + "/" + safe(key.targetName());
    String name = base + ".sql";
    for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "~" + n + ".sql";
    }
    return name;
  }

  /** {@code name} usable as one path element on Windows, macOS and Linux. */
  static String safe(String name) {
    StringBuilder s = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean bad =
          c < 32 || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"'
              || c == '<' || c == '>' || c == '|';
      s.append(bad ? '_' : c);
    }
    String out = s.toString().strip();
    return out.isEmpty() || out.startsWith(".") ? "_" + out : out;
  }

  private static void writeAtomically(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Script paths relative to {@code from} made relative to {@code to} (or absolute). */
  private static SourceSettings rebase(SourceSettings source, Path from, Path to) {
    if (source.scripts().isEmpty()) {
      return source;
    }
    List<String> out = new ArrayList<>();
    for (String s : source.scripts()) {
      Path p = Path.of(s);
      Path abs = p.isAbsolute() || from == null ? p : from.toAbsolutePath().resolve(p);
      abs = abs.toAbsolutePath().normalize();
      out.add(
          abs.startsWith(to) ? to.relativize(abs).toString().replace('\\', '/') : abs.toString());
    }
    return new SourceSettings(source.product(), out, source.connection(), source.schemas());
  }

  /** The script paths of {@code source}, resolved against the project folder. */
  public static List<Path> scriptPaths(SourceSettings source, Path dir) {
    List<Path> out = new ArrayList<>();
    for (String s : source.scripts()) {
      Path p = Path.of(s);
      out.add(p.isAbsolute() || dir == null ? p : dir.resolve(p).normalize());
    }
    return out;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder " + e.getMessage();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
