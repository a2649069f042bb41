import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  rectSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import styles from './ImageGallery.module.css';

export type GalleryImage = { id: string; url: string };

/**
 * Images in an order that matters (the first is the main one): drag one to move it, or with the
 * keyboard pick its handle up with Space, move it with the arrow keys and put it down with Space.
 * `children` comes after the images (the "add" tile).
 */
export function ImageGallery({
  images,
  onReorder,
  onRemove,
  firstLabel,
  children,
}: {
  images: readonly GalleryImage[];
  onReorder: (images: GalleryImage[]) => void;
  onRemove: (id: string) => void;
  /** The badge on the first image ("Main image"). */
  firstLabel: string;
  children?: ReactNode;
}) {
  const t = useT();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const position = (id: string | number) => images.findIndex((image) => image.id === id) + 1;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = position(active.id) - 1;
    const to = position(over.id) - 1;
    if (from >= 0 && to >= 0) onReorder(arrayMove([...images], from, to));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('ui.gallery.instructions') },
        announcements: {
          onDragStart: ({ active }) => t('ui.gallery.picked', { position: position(active.id) }),
          onDragOver: ({ over }) =>
            over ? t('ui.gallery.over', { position: position(over.id) }) : '',
          onDragEnd: ({ over }) =>
            over ? t('ui.gallery.dropped', { position: position(over.id) }) : '',
          onDragCancel: () => t('ui.gallery.cancelled'),
        },
      }}
    >
      <SortableContext items={images.map((image) => image.id)} strategy={rectSortingStrategy}>
        <ol className={styles.gallery} data-testid="image-gallery">
          {images.map((image, index) => (
            <SortableImage
              key={image.id}
              image={image}
              index={index}
              firstLabel={firstLabel}
              onRemove={() => onRemove(image.id)}
            />
          ))}
          {children && <li className={styles.extra}>{children}</li>}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableImage({
  image,
  index,
  firstLabel,
  onRemove,
}: {
  image: GalleryImage;
  index: number;
  firstLabel: string;
  onRemove: () => void;
}) {
  const t = useT();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: image.id,
  });
  return (
    <li
      ref={setNodeRef}
      className={styles.item}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button
        type="button"
        className={styles.handle}
        {...attributes}
        {...listeners}
        aria-label={t('ui.gallery.move', { position: index + 1 })}
      >
        <img src={image.url} alt="" className={styles.image} draggable={false} />
      </button>
      {index === 0 && <span className={styles.first}>{firstLabel}</span>}
      <button
        type="button"
        className={styles.remove}
        aria-label={t('ui.gallery.remove', { position: index + 1 })}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}
