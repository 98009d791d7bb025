package org.sujets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurfaceFormAttributeTest {

  @Test
  void setCopyCloneAndClear() {
    SurfaceFormAttributeImpl attribute = new SurfaceFormAttributeImpl();
    char[] word = "xxcoréenxx".toCharArray();
    attribute.setSurface(word, 2, 6);
    assertEquals("coréen", attribute.surface());

    SurfaceFormAttributeImpl copy = new SurfaceFormAttributeImpl();
    attribute.copyTo(copy);
    assertEquals(attribute, copy);
    assertEquals(attribute.hashCode(), copy.hashCode());

    SurfaceFormAttributeImpl clone = attribute.clone();
    attribute.setSurface("nord".toCharArray(), 0, 4);
    assertEquals("coréen", clone.surface(), "a clone must not share the buffer");
    assertNotEquals(attribute, clone);

    attribute.clear();
    assertEquals(0, attribute.surfaceLength());
    assertEquals("", attribute.surface());
  }

  @Test
  void growsForLongWords() {
    SurfaceFormAttributeImpl attribute = new SurfaceFormAttributeImpl();
    String longWord = "anticonstitutionnellement".repeat(20);
    attribute.setSurface(longWord.toCharArray(), 0, longWord.length());
    assertEquals(longWord, attribute.surface());
  }

  @Test
  void reflectsSurface() {
    SurfaceFormAttributeImpl attribute = new SurfaceFormAttributeImpl();
    attribute.setSurface("état".toCharArray(), 0, 4);
    Map<String, Object> reflected = new HashMap<>();
    attribute.reflectWith(
        (type, key, value) -> reflected.put(type.getSimpleName() + "#" + key, value));
    assertEquals(Map.of("SurfaceFormAttribute#surface", "état"), reflected);
  }
}
