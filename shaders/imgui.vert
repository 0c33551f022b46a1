#version 300 es
// Jejak's renderer: ImGui's vertices (position in pixels, texture coordinate,
// colour as four bytes) placed on a target of any size. The target's pixels
// map to clip space by u_scale and u_offset, so one draw list is drawn to the
// screen, or in tiles to an off-screen image, without being rebuilt.
precision highp float;

uniform vec2 u_scale;   // 2 / target size, y flipped for the screen
uniform vec2 u_offset;  // where pixel (0, 0) of the draw list lands, in clip space

layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;

out vec2 v_uv;
out vec4 v_color;

void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = vec4(a_position * u_scale + u_offset, 0.0, 1.0);
}
