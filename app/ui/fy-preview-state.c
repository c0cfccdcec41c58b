/* fy-preview-state.c — zoom and page of a preview, shared with the window
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <math.h>

#include "fy-preview-state.h"

struct _FyPreviewState
{
  GObject          parent_instance;

  FyPreviewSizing  sizing;
  double           zoom;
  guint            page;
  guint            n_pages;
};

G_DEFINE_FINAL_TYPE (FyPreviewState, fy_preview_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SIZING,
  PROP_ZOOM,
  PROP_PAGE,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const double zoom_steps[] = { 0.5, 2.0 / 3.0, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0 };

/* Zooms computed by the fit modes are rarely exact steps. */
#define ZOOM_EPSILON 0.005

GType
fy_preview_sizing_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FY_PREVIEW_SIZING_FIT_WIDTH, "FY_PREVIEW_SIZING_FIT_WIDTH", "fit-width" },
        { FY_PREVIEW_SIZING_FIT_PAGE, "FY_PREVIEW_SIZING_FIT_PAGE", "fit-page" },
        { FY_PREVIEW_SIZING_FREE, "FY_PREVIEW_SIZING_FREE", "free" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("FyPreviewSizing"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

static void
fy_preview_state_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FyPreviewState *self = FY_PREVIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_SIZING:
      g_value_set_enum (value, self->sizing);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_preview_state_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FyPreviewState *self = FY_PREVIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_SIZING:
      fy_preview_state_set_sizing (self, g_value_get_enum (value));
      break;

    case PROP_ZOOM:
      fy_preview_state_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_PAGE:
      fy_preview_state_set_page (self, g_value_get_uint (value));
      break;

    case PROP_N_PAGES:
      fy_preview_state_set_n_pages (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_preview_state_class_init (FyPreviewStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = fy_preview_state_get_property;
  object_class->set_property = fy_preview_state_set_property;

  properties[PROP_SIZING] =
    g_param_spec_enum ("sizing", NULL, NULL,
                       FY_TYPE_PREVIEW_SIZING,
                       FY_PREVIEW_SIZING_FIT_WIDTH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         FY_PREVIEW_MIN_ZOOM, FY_PREVIEW_MAX_ZOOM, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fy_preview_state_init (FyPreviewState *self)
{
  self->sizing = FY_PREVIEW_SIZING_FIT_WIDTH;
  self->zoom = 1.0;
}

FyPreviewState *
fy_preview_state_new (void)
{
  return g_object_new (FY_TYPE_PREVIEW_STATE, NULL);
}

FyPreviewSizing
fy_preview_state_get_sizing (FyPreviewState *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_STATE (self), FY_PREVIEW_SIZING_FIT_WIDTH);

  return self->sizing;
}

void
fy_preview_state_set_sizing (FyPreviewState  *self,
                             FyPreviewSizing  sizing)
{
  g_return_if_fail (FY_IS_PREVIEW_STATE (self));
  g_return_if_fail (sizing <= FY_PREVIEW_SIZING_FREE);

  if (self->sizing == sizing)
    return;

  self->sizing = sizing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZING]);
}

double
fy_preview_state_get_zoom (FyPreviewState *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_STATE (self), 1.0);

  return self->zoom;
}

void
fy_preview_state_set_zoom (FyPreviewState *self,
                           double          zoom)
{
  g_return_if_fail (FY_IS_PREVIEW_STATE (self));
  g_return_if_fail (!isnan (zoom));

  zoom = CLAMP (zoom, FY_PREVIEW_MIN_ZOOM, FY_PREVIEW_MAX_ZOOM);

  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

guint
fy_preview_state_get_page (FyPreviewState *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_STATE (self), 0);

  return self->page;
}

void
fy_preview_state_set_page (FyPreviewState *self,
                           guint           page)
{
  g_return_if_fail (FY_IS_PREVIEW_STATE (self));

  if (self->page == page)
    return;

  self->page = page;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

guint
fy_preview_state_get_n_pages (FyPreviewState *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_STATE (self), 0);

  return self->n_pages;
}

void
fy_preview_state_set_n_pages (FyPreviewState *self,
                              guint           n_pages)
{
  g_return_if_fail (FY_IS_PREVIEW_STATE (self));

  if (self->n_pages == n_pages)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  self->n_pages = n_pages;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);

  if (n_pages > 0 && self->page >= n_pages)
    fy_preview_state_set_page (self, n_pages - 1);

  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
fy_preview_state_can_zoom_in (FyPreviewState *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_STATE (self), FALSE);

  return self->zoom < zoom_steps[G_N_ELEMENTS (zoom_steps) - 1] - ZOOM_EPSILON;
}

gboolean
fy_preview_state_can_zoom_out (FyPreviewState *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_STATE (self), FALSE);

  return self->zoom > zoom_steps[0] + ZOOM_EPSILON;
}

void
fy_preview_state_zoom_in (FyPreviewState *self)
{
  g_return_if_fail (FY_IS_PREVIEW_STATE (self));

  for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
    {
      if (zoom_steps[i] > self->zoom + ZOOM_EPSILON)
        {
          g_object_freeze_notify (G_OBJECT (self));
          fy_preview_state_set_sizing (self, FY_PREVIEW_SIZING_FREE);
          fy_preview_state_set_zoom (self, zoom_steps[i]);
          g_object_thaw_notify (G_OBJECT (self));
          return;
        }
    }
}

void
fy_preview_state_zoom_out (FyPreviewState *self)
{
  g_return_if_fail (FY_IS_PREVIEW_STATE (self));

  for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
    {
      if (zoom_steps[i - 1] < self->zoom - ZOOM_EPSILON)
        {
          g_object_freeze_notify (G_OBJECT (self));
          fy_preview_state_set_sizing (self, FY_PREVIEW_SIZING_FREE);
          fy_preview_state_set_zoom (self, zoom_steps[i - 1]);
          g_object_thaw_notify (G_OBJECT (self));
          return;
        }
    }
}
